package java.lang;

/** The int box, and conversions and bit operations on ints. */
public final class Integer extends Number implements Comparable<Integer> {
    private static final long serialVersionUID = 1360826667806852920L;
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Primitives.classOf("int");
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final int value;

    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    /** The boxes of -128..127 are shared, as the JLS requires. */
    private static final class Cache {
        static final Integer[] BOXES = boxes();

        private static Integer[] boxes() {
            Integer[] boxes = new Integer[256];
            for (int i = 0; i < boxes.length; i++) {
                boxes[i] = new Integer(i - 128);
            }
            return boxes;
        }
    }

    public static Integer valueOf(int i) {
        return i >= -128 && i <= 127 ? Cache.BOXES[i + 128] : new Integer(i);
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    // ---- to text ----

    public static String toString(int i) {
        char[] buf = new char[stringSize(i)];
        getChars(i, buf.length, buf);
        return new String(buf);
    }

    public static String toString(int i, int radix) {
        return Long.toString(i, radix);
    }

    /** The number of chars of the decimal form of {@code x}. */
    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 10 + d;
    }

    /** "00" to "99": the tens digit of each pair at even, the units digit at odd indexes. */
    static final char[] DIGIT_PAIRS = digitPairs();

    private static char[] digitPairs() {
        char[] pairs = new char[200];
        for (int i = 0; i < 100; i++) {
            pairs[2 * i] = (char) ('0' + i / 10);
            pairs[2 * i + 1] = (char) ('0' + i % 10);
        }
        return pairs;
    }

    /** Writes the decimal form of {@code i} into {@code buf}, ending just before {@code end}. */
    static void getChars(int i, int end, char[] buf) {
        int pos = writeDigits(i < 0 ? i : -i, end, buf);
        if (i < 0) {
            buf[pos - 1] = '-';
        }
    }

    /** Writes the digits of -n (n <= 0), two at a time, ending before end; returns where they start. */
    static int writeDigits(int n, int end, char[] buf) {
        int pos = end;
        while (n <= -100) {
            int q = n / 100;
            int r = (q * 100) - n;
            buf[--pos] = DIGIT_PAIRS[2 * r + 1];
            buf[--pos] = DIGIT_PAIRS[2 * r];
            n = q;
        }
        if (n <= -10) {
            buf[--pos] = DIGIT_PAIRS[-2 * n + 1];
            buf[--pos] = DIGIT_PAIRS[-2 * n];
        } else {
            buf[--pos] = (char) ('0' - n);
        }
        return pos;
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toString(toUnsignedLong(i), radix);
    }

    public static String toHexString(int i) {
        return Long.toPowerOfTwoString(toUnsignedLong(i), 4);
    }

    public static String toOctalString(int i) {
        return Long.toPowerOfTwoString(toUnsignedLong(i), 3);
    }

    public static String toBinaryString(int i) {
        return Long.toPowerOfTwoString(toUnsignedLong(i), 1);
    }

    // ---- from text ----

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    public static int parseInt(String s, int radix) throws NumberFormatException {
        return (int) Long.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int length = s.length();
        if (length == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (length <= 5 || (radix == 10 && length <= 9)) {
            return parseInt(s, radix);
        }
        long ell = Long.parseLong(s, radix);
        if ((ell & 0xffffffff00000000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) ell;
    }

    public static Integer decode(String nm) throws NumberFormatException {
        return valueOf((int) Long.decodeSigned(nm, MIN_VALUE, MAX_VALUE));
    }

    // ---- arithmetic and bits ----

    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return x & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    public static int hashCode(int value) {
        return value;
    }

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) {
            return i == 0 ? 32 : 0;
        }
        int n = 31;
        if (i >= 1 << 16) {
            n -= 16;
            i >>>= 16;
        }
        if (i >= 1 << 8) {
            n -= 8;
            i >>>= 8;
        }
        if (i >= 1 << 4) {
            n -= 4;
            i >>>= 4;
        }
        if (i >= 1 << 2) {
            n -= 2;
            i >>>= 2;
        }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        return 31 - numberOfLeadingZeros(i & -i);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    // ---- the box ----

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).value;
    }

    @Override
    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }
}
