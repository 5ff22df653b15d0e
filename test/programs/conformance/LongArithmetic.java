package conformance;

/** long arithmetic: wrap-around, MIN_VALUE / -1, division by zero, comparisons, mixed with int. */
public class LongArithmetic {
    static final long[] VALUES = {0L, 1L, -1L, 2L, -3L, 1000000007L, -99999999999L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x5555555555555555L, 0xFFFFFFFF00000000L};

    public static void main(String[] args) {
        long sum = 0;
        for (long a : VALUES) {
            for (long b : VALUES) {
                sum = sum * 31 + line(a, b).hashCode();
            }
        }
        System.out.println("checksum " + sum);
        for (long a : new long[] {7L, -7L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40}) {
            for (long b : new long[] {2L, -2L, -1L, 3L, 1L << 33}) {
                System.out.println(line(a, b));
            }
        }
        long m1 = minusOne();
        System.out.println("MIN/-1 " + (Long.MIN_VALUE / m1) + " MIN%-1 " + (Long.MIN_VALUE % m1));
        System.out.println("MAX+1 " + (Long.MAX_VALUE + 1 + m1 + 1));
        try {
            System.out.println(5L / zero());
        } catch (ArithmeticException e) {
            System.out.println("div " + e);
        }
        try {
            System.out.println(5L % zero());
        } catch (ArithmeticException e) {
            System.out.println("rem " + e.getMessage());
        }
        int i = 3;
        long l = i * 1000000000L;
        long overflowed = i * 1000000000;
        System.out.println("widen " + l + " " + overflowed);
        System.out.println("lcmp " + cmp(1L, 2L) + cmp(2L, 1L) + cmp(5L, 5L) + cmp(Long.MIN_VALUE, Long.MAX_VALUE)
                + cmp(-1L, 0xFFFFFFFFL));
        System.out.println("bits " + Long.bitCount(-1L) + " " + Long.numberOfLeadingZeros(1L) + " "
                + Long.numberOfTrailingZeros(0L) + " " + Long.reverse(1L) + " " + Long.highestOneBit(-1L) + " "
                + Long.rotateRight(1L, 1) + " " + Long.signum(Long.MIN_VALUE) + " " + Long.reverseBytes(0x0102030405060708L));
        System.out.println("unsigned " + Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10L) + " "
                + Long.remainderUnsigned(-1L, 10L) + " " + Long.compareUnsigned(-1L, 1L));
        System.out.println("floor " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.abs(Long.MIN_VALUE));
        long acc = 1;
        for (int k = 0; k < 70; k++) {
            acc = acc * 3 + k;
        }
        System.out.println("acc " + acc + " hash " + Long.hashCode(acc));
        try {
            System.out.println(Math.multiplyExact(Long.MAX_VALUE, 2L));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
    }

    static String cmp(long a, long b) {
        return a < b ? "<" : a > b ? ">" : "=";
    }

    static String line(long a, long b) {
        return a + " " + b + ": + " + (a + b) + " - " + (a - b) + " * " + (a * b) + (b == 0 ? " /0" : " / " + (a / b) + " % " + (a % b))
                + " & " + (a & b) + " | " + (a | b) + " ^ " + (a ^ b) + " ~ " + (~a);
    }

    static long minusOne() {
        return -1L;
    }

    static long zero() {
        return 0L;
    }
}
