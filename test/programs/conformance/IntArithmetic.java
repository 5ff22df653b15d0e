package conformance;

/** int arithmetic: wrap-around, division and remainder signs, MIN_VALUE / -1, division by zero, bit operations. */
public class IntArithmetic {
    static final int[] VALUES = {0, 1, -1, 2, -2, 3, 7, -7, 100, -100, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAA};

    public static void main(String[] args) {
        long sum = 0;
        for (int a : VALUES) {
            for (int b : VALUES) {
                sum = sum * 31 + line(a, b).hashCode();
            }
        }
        System.out.println("checksum " + sum);
        for (int a : new int[] {7, -7, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            for (int b : new int[] {2, -2, -1, 1, 3}) {
                System.out.println(line(a, b));
            }
        }
        System.out.println("MIN/-1 " + (Integer.MIN_VALUE / minusOne()) + " MIN%-1 " + (Integer.MIN_VALUE % minusOne()));
        System.out.println("neg MIN " + (-Integer.MIN_VALUE) + " abs MIN " + Math.abs(Integer.MIN_VALUE));
        System.out.println("MAX+1 " + (Integer.MAX_VALUE + one()) + " MIN-1 " + (Integer.MIN_VALUE - one()));
        System.out.println("MAX*MAX " + (Integer.MAX_VALUE * Integer.MAX_VALUE) + " 65536*65536 " + (65536 * big()));
        divideByZero(5, 0);
        divideByZero(Integer.MIN_VALUE, 0);
        remainderByZero(0, 0);
        int i = 10;
        i += 5; i -= 20; i *= -3; i /= 2; i %= 4; i <<= 3; i >>= 1; i >>>= 1; i &= 0xFF; i |= 0x100; i ^= 0x3;
        System.out.println("compound " + i);
        int j = 0;
        j++; j++; j--; ++j; j += 127; j += -128; j += 1000; j -= 32768;
        System.out.println("iinc " + j);
        byte b = (byte) 127; b++;
        short s = (short) 32767; s++;
        char c = (char) 65535; c++;
        System.out.println("narrow " + b + " " + s + " " + (int) c);
        System.out.println("bits " + Integer.bitCount(0xF0F0) + " " + Integer.numberOfLeadingZeros(1) + " "
                + Integer.numberOfTrailingZeros(Integer.MIN_VALUE) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100)
                + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.signum(-9) + " " + Integer.reverseBytes(0x01020304));
        System.out.println("floorDiv " + Math.floorDiv(-7, 2) + " floorMod " + Math.floorMod(-7, 2) + " " + Math.floorMod(7, -2));
        System.out.println("compare " + Integer.compare(3, 5) + " " + Integer.compareUnsigned(-1, 1) + " "
                + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.toUnsignedString(-1));
        try {
            System.out.println(Math.addExact(Integer.MAX_VALUE, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(1 << 20, 1 << 12));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
    }

    static String line(int a, int b) {
        return a + " " + b + ": + " + (a + b) + " - " + (a - b) + " * " + (a * b) + (b == 0 ? " /0" : " / " + (a / b) + " % " + (a % b))
                + " & " + (a & b) + " | " + (a | b) + " ^ " + (a ^ b) + " ~ " + (~a) + " neg " + (-b);
    }

    static void divideByZero(int a, int b) {
        try {
            System.out.println("never " + (a / b));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
        }
    }

    static void remainderByZero(int a, int b) {
        try {
            System.out.println("never " + (a % b));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
    }

    static int minusOne() {
        return -1;
    }

    static int one() {
        return 1;
    }

    static int big() {
        return 65536;
    }
}
