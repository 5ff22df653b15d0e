package conformance;

/** Shifts of int and long with counts masked to 5 and 6 bits (negative and oversized counts). */
public class Shifts {
    public static void main(String[] args) {
        int[] counts = {0, 1, 7, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] ints = {1, -1, 0x80000000, 0x12345678, -12345};
        for (int v : ints) {
            StringBuilder line = new StringBuilder("int " + v + ":");
            for (int n : counts) {
                line.append(' ').append(v << n).append('/').append(v >> n).append('/').append(v >>> n);
            }
            System.out.println(line);
        }
        long[] longs = {1L, -1L, Long.MIN_VALUE, 0x123456789ABCDEF0L, -987654321L};
        for (long v : longs) {
            StringBuilder line = new StringBuilder("long " + v + ":");
            for (int n : counts) {
                line.append(' ').append(v << n).append('/').append(v >> n).append('/').append(v >>> n);
            }
            System.out.println(line);
        }
        long shiftByLong = 1L << 70L;
        int shiftIntByLong = 1 << 33L;
        System.out.println("long counts " + shiftByLong + " " + shiftIntByLong + " " + (-1L >>> 63L));
        byte b = -16;
        short s = -32768;
        char c = '\uFF00';
        System.out.println("narrow " + (b >> 2) + " " + (b >>> 2) + " " + (byte) (b >>> 2) + " " + (s >> 15) + " " + (s >>> 15)
                + " " + (c >> 4) + " " + (c >>> 4) + " " + (c << 20));
        int x = 1;
        x <<= 35;
        long y = -8;
        y >>>= 60;
        System.out.println("compound " + x + " " + y);
        System.out.println("constant " + (1 << 31) + " " + (1L << 63) + " " + (-1 >>> 28) + " " + (0xF0 >> 4));
    }
}
