package java.lang;

import java.util.Objects;

/** The long box, and conversions and bit operations on longs. Also the shared parsing code. */
public final class Long extends Number implements Comparable<Long> {
    private static final long serialVersionUID = 4290774380558885855L;
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Primitives.classOf("long");
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    /** Digits of every radix up to 36. */
    static final char[] DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    private final long value;

    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    /** The boxes of -128..127 are shared. */
    private static final class Cache {
        static final Long[] BOXES = boxes();

        private static Long[] boxes() {
            Long[] boxes = new Long[256];
            for (int i = 0; i < boxes.length; i++) {
                boxes[i] = new Long(i - 128);
            }
            return boxes;
        }
    }

    public static Long valueOf(long l) {
        return l >= -128 && l <= 127 ? Cache.BOXES[(int) l + 128] : new Long(l);
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    // ---- to text ----

    public static String toString(long i) {
        return toString(i, 10);
    }

    /** Signed digits in the radix; a radix outside 2..36 means 10. */
    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            char[] buf = new char[stringSize(i)];
            getChars(i, buf.length, buf);
            return new String(buf);
        }
        char[] buf = new char[65];
        int pos = buf.length;
        long n = i < 0 ? i : -i;
        while (n <= -radix) {
            buf[--pos] = DIGITS[(int) -(n % radix)];
            n /= radix;
        }
        buf[--pos] = DIGITS[(int) -n];
        if (i < 0) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }

    /** The number of chars of the decimal form of {@code x}. */
    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }

    /** Writes the decimal form of {@code i} into {@code buf}, ending just before {@code end}. */
    static void getChars(long i, int end, char[] buf) {
        int pos = end;
        long n = i < 0 ? i : -i;
        while (n < Integer.MIN_VALUE) {
            long q = n / 100;
            int r = (int) ((q * 100) - n);
            buf[--pos] = Integer.DIGIT_PAIRS[2 * r + 1];
            buf[--pos] = Integer.DIGIT_PAIRS[2 * r];
            n = q;
        }
        pos = Integer.writeDigits((int) n, pos, buf);
        if (i < 0) {
            buf[pos - 1] = '-';
        }
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        long quotient = divideUnsigned(i, radix);
        long rem = i - quotient * radix;
        return toString(quotient, radix) + DIGITS[(int) rem];
    }

    public static String toHexString(long i) {
        return toPowerOfTwoString(i, 4);
    }

    public static String toOctalString(long i) {
        return toPowerOfTwoString(i, 3);
    }

    public static String toBinaryString(long i) {
        return toPowerOfTwoString(i, 1);
    }

    /** Unsigned digits of {@code i} in radix 2^shift. */
    static String toPowerOfTwoString(long i, int shift) {
        int bits = Math.max(SIZE - numberOfLeadingZeros(i), 1);
        int length = (bits + shift - 1) / shift;
        char[] buf = new char[length];
        int mask = (1 << shift) - 1;
        for (int pos = length - 1; pos >= 0; pos--) {
            buf[pos] = DIGITS[(int) i & mask];
            i >>>= shift;
        }
        return new String(buf);
    }

    // ---- from text ----

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        return parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses an optionally signed number in the radix that must lie in min..max; the JDK's
     * NumberFormatException messages for every failure. Shared by the integral boxes.
     */
    static long parse(String s, int radix, long min, long max) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int length = s.length();
        if (length == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
            if (length == 1) {
                throw NumberFormatException.forInputString(s, radix);
            }
        }
        long limit = negative ? min : -max;
        long multiplyLimit = limit / radix;
        long result = 0;
        for (; i < length; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    /**
     * Short strings go to parseLong; longer ones parse all but the last digit with the range
     * parser (whose messages say "Error at index"), then add the last digit if it fits in 64 bits.
     */
    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
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
        if (length <= 12 || (radix == 10 && length <= 18)) {
            return parseLong(s, radix);
        }
        long first = parseLong(s, 0, length - 1, radix);
        int second = Character.digit(s.charAt(length - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + s);
        }
        if (overflowsUnsigned(first, radix, second)) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
        }
        return first * radix + second;
    }

    /** Parses s[beginIndex, endIndex) in the radix; errors name the index within the range. */
    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        Objects.requireNonNull(s);
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        checkRadix(radix);
        if (beginIndex == endIndex) {
            throw new NumberFormatException("");
        }
        int i = beginIndex;
        boolean negative = false;
        long limit = -MAX_VALUE;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = MIN_VALUE;
            } else if (first != '+') {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            i++;
            if (i >= endIndex) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
        }
        long multiplyLimit = limit / radix;
        long result = 0;
        for (; i < endIndex; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** Whether first * radix + digit exceeds 2^64 - 1. */
    private static boolean overflowsUnsigned(long first, int radix, int digit) {
        long maxQuotient = divideUnsigned(-1L, radix);
        if (compareUnsigned(first, maxQuotient) != 0) {
            return compareUnsigned(first, maxQuotient) > 0;
        }
        return digit > remainderUnsigned(-1L, radix);
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(decodeSigned(nm, MIN_VALUE, MAX_VALUE));
    }

    /** Integer.decode and Long.decode: sign, then 0x/0X/# (hex) or 0 (octal) prefixes. */
    static long decodeSigned(String nm, long min, long max) throws NumberFormatException {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            index++;
        }
        int radix = 10;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        try {
            long magnitude = parse(digits, radix, min, max);
            return negative ? -magnitude : magnitude;
        } catch (NumberFormatException e) {
            String constant = negative ? "-" + digits : digits;
            return parse(constant, radix, min, max);
        }
    }

    // ---- arithmetic and bits ----

    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long rem = dividend - quotient * divisor;
        return quotient + (compareUnsigned(rem, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int high = (int) (i >>> 32);
        return high != 0 ? Integer.numberOfLeadingZeros(high) : 32 + Integer.numberOfLeadingZeros((int) i);
    }

    public static int numberOfTrailingZeros(long i) {
        int low = (int) i;
        return low != 0 ? Integer.numberOfTrailingZeros(low) : 32 + Integer.numberOfTrailingZeros((int) (i >>> 32));
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return (long) Integer.reverse((int) i) << 32 | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long reverseBytes(long i) {
        return (long) Integer.reverseBytes((int) i) << 32 | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
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
        return (int) value;
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
        return hashCode(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).value;
    }

    @Override
    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }
}
