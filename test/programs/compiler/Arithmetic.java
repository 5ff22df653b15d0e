/** int and long arithmetic at the edges: overflow, MIN_VALUE / -1, remainders' signs, shifts. */
public class Arithmetic {
    static int sevens = 7;
    static long big = 0x123456789ABCDEFL;

    public static int tIntOverflow() {
        int x = Integer.MAX_VALUE;
        return x + 1;
    }

    public static int tIntMinDivMinusOne() {
        int min = Integer.MIN_VALUE;
        int minusOne = -1;
        return min / minusOne;
    }

    public static int tIntMinRemMinusOne() {
        int min = Integer.MIN_VALUE;
        int minusOne = -1;
        return min % minusOne;
    }

    public static int tRemainderSigns() {
        return (-7 % 3) * 1000 + (7 % -3) * 100 + (-7 / 2) * 10 + (7 / -2);
    }

    public static long tLongMinDivMinusOne() {
        long min = Long.MIN_VALUE;
        long minusOne = -1;
        return min / minusOne;
    }

    public static long tLongArithmetic() {
        long a = big;
        long b = a * 31 - (a >> 3) + (a >>> 7) ^ (a << 13);
        return b % 1000003 + (b / 97);
    }

    public static int tShiftsMask() {
        int s = 33;
        int x = 1 << s;          // 1 << 1
        int y = -16 >> 34;       // -16 >> 2
        int z = -16 >>> 60;      // -16 >>> 28
        return x * 1000000 + y * 1000 + z;
    }

    public static long tLongShiftsMask() {
        int s = 65;
        return (1L << s) + (-1024L >> 67) + (-1L >>> 124);
    }

    public static int tNarrowing() {
        int big = 0x12345678;
        byte b = (byte) big;
        char c = (char) -1;
        short s = (short) 0x8001;
        return b + c + s;
    }

    public static int tStatics() {
        sevens = sevens * 3 + 1;
        big = big + sevens;
        return sevens + (int) big;
    }

    public static int tIinc() {
        int i = 5;
        i += 1000;
        i -= 30000;
        i++;
        return i;
    }

    public static long tMixedWidening() {
        int i = -5;
        long l = i;
        short s = -2;
        char c = 'A';
        byte b = -128;
        return l * s + c * b;
    }
}
