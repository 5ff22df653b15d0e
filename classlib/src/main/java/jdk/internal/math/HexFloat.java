package jdk.internal.math;

/**
 * Hexadecimal floating-point text: Double.toHexString and Float.toHexString as JDK 17 prints them
 * ("0x1.8p1", "0x0.0000000000001p-1022", "-0x0.0p0"), and the hexadecimal significands of the
 * parsers, correctly rounded from all their digits.
 */
public final class HexFloat {
    private HexFloat() {
    }

    public static String toHexString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return toHexString(bits < 0, (int) (bits >>> 52) & 0x7ff, bits & 0xfffffffffffffL, 1023, 13);
    }

    public static String toHexString(float f) {
        int bits = Float.floatToRawIntBits(f);
        // the 23 fraction bits, as the top of 6 hex digits
        return toHexString(bits < 0, (bits >>> 23) & 0xff, (long) (bits & 0x7fffff) << 1, 127, 6);
    }

    /**
     * The text of a value with a sign, a biased exponent field and a fraction of {@code hexDigits}
     * hex digits (the exponent field's all-ones value being infinity and NaN).
     */
    private static String toHexString(boolean negative, int exponentField, long fraction, int bias, int hexDigits) {
        if (exponentField == 2 * bias + 1) {
            return fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        if (exponentField == 0 && fraction == 0) {
            return sb.append("0x0.0p0").toString();
        }
        sb.append(exponentField == 0 ? "0x0." : "0x1.");
        int end = hexDigits;
        while (end > 1 && ((fraction >>> (4 * (hexDigits - end))) & 0xf) == 0) {
            end--;
        }
        for (int k = 1; k <= end; k++) {
            sb.append(Character.forDigit((int) (fraction >>> (4 * (hexDigits - k))) & 0xf, 16));
        }
        int exponent = exponentField == 0 ? 1 - bias : exponentField - bias;
        return sb.append('p').append(exponent).toString();
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /**
     * The bits (sign excluded) of the hexadecimal number in s after its "0x": hex digits with at
     * most one point and at least one digit, 'p' or 'P', an optionally signed decimal exponent, an
     * optional suffix.
     */
    static long parse(String s, int start, BinaryFormat f) {
        int len = s.length();
        int point = -1;
        int first = -1;
        int digits = 0;
        int kept = 0;
        int lastKept = -1;
        long significand = 0;
        boolean sticky = false;
        int i = start;
        for (; i < len; i++) {
            char c = s.charAt(i);
            int v = hexDigit(c);
            if (v >= 0) {
                digits++;
                if (first < 0 && v != 0) {
                    first = i;
                }
                if (first >= 0) {
                    if (kept < 16) {
                        significand = significand << 4 | v;
                        kept++;
                        lastKept = i;
                    } else if (v != 0) {
                        sticky = true;
                    }
                }
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                break;
            }
        }
        if (digits == 0 || i == len || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw FloatingParser.invalid(s);
        }
        int mantissaEnd = i++;
        boolean negativeExponent = false;
        if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negativeExponent = s.charAt(i) == '-';
            i++;
        }
        int exponentStart = i;
        long exponent = 0;
        for (; i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (exponent <= Integer.MAX_VALUE) {
                exponent = exponent * 10 + (s.charAt(i) - '0');
            }
        }
        if (i == exponentStart || i < len && (i != len - 1 || !FloatingParser.isSuffix(s.charAt(i)))) {
            throw FloatingParser.invalid(s);
        }
        if (first < 0) {
            return 0;
        }
        if (exponent > Integer.MAX_VALUE) {
            return negativeExponent ? 0 : f.infinityBits;
        }
        int pointAt = point >= 0 ? point : mantissaEnd;
        // the place of the last kept digit: 16^place is its weight
        long place = lastKept < pointAt ? pointAt - lastKept - 1 : -(lastKept - pointAt);
        long binaryExponent = 4 * place + (negativeExponent ? -exponent : exponent);
        return f.round(0, significand, binaryExponent, sticky);
    }
}
