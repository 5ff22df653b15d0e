package conformance;

/** Every primitive conversion, including saturating floating-to-integer and narrowing. */
public class Conversions {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 127, 128, -129, 255, 32767, 32768, -32769, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE,
            16777217, -16777217};
        for (int i : ints) {
            System.out.println("int " + i + ": l " + (long) i + " f " + (float) i + " d " + (double) i + " b " + (byte) i
                    + " c " + (int) (char) i + " s " + (short) i);
        }
        long[] longs = {0L, -1L, 1L << 31, (1L << 32) + 5, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L,
            -9007199254740993L, 0x123456789ABCDEFL};
        for (long l : longs) {
            System.out.println("long " + l + ": i " + (int) l + " f " + (float) l + " d " + (double) l + " b " + (byte) l
                    + " s " + (short) l + " c " + (int) (char) l);
        }
        float[] floats = {0.0f, -0.0f, 0.5f, -0.5f, 1.9f, -1.9f, 2.5e9f, -2.5e9f, 1e19f, -1e19f, 3e38f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2147483520f, 2147483648f};
        for (float f : floats) {
            System.out.println("float " + f + ": i " + (int) f + " l " + (long) f + " d " + (double) f + " b " + (byte) f
                    + " s " + (short) f + " c " + (int) (char) f);
        }
        double[] doubles = {0.0, -0.0, 0.999999, -0.999999, 2147483647.5, 2147483648.0, -2147483648.9, -2147483649.0,
            9.3e18, -9.3e18, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.4028235677973366e38,
            1.401298464324817e-45, 7.0e-46, 65535.9};
        for (double d : doubles) {
            System.out.println("double " + d + ": i " + (int) d + " l " + (long) d + " f " + (float) d + " b " + (byte) d
                    + " s " + (short) d + " c " + (int) (char) d);
        }
        char c = 'A';
        c += 2;
        char big = '\uFFFF';
        System.out.println("char " + c + " " + (int) big + " " + (byte) big + " " + (short) big + " " + (char) 66 + " "
                + (int) (char) -1 + " " + (c + 1) + " " + (char) (c + 1));
        byte b = (byte) 200;
        short s = (short) 70000;
        System.out.println("byte " + b + " " + (b & 0xFF) + " " + (int) (char) b + " short " + s + " "
                + (s >>> 4) + " " + (b >> 1) + " " + (b >>> 28));
        Integer boxed = 300;
        System.out.println("boxed " + boxed.byteValue() + " " + boxed.shortValue() + " " + boxed.doubleValue() + " "
                + Long.valueOf(-5).intValue() + " " + Double.valueOf(-2.7).intValue() + " " + Float.valueOf(1e20f).longValue());
    }
}
