package jdk.internal.math;

/**
 * Double.parseDouble and Float.parseFloat: JDK 17's syntax and messages, correctly rounded values.
 * The string is trimmed (characters up to ' '); then an optional sign and one of "NaN",
 * "Infinity", a hexadecimal significand ("0x" hex digits with one optional point, 'p', a signed
 * decimal exponent) or a decimal significand (digits with one optional point, at least one digit,
 * an optional 'e' or 'E' and signed exponent); then one optional 'f', 'F', 'd' or 'D'. Errors are
 * NumberFormatException: "empty String", "multiple points" (a second point in a decimal
 * significand), else {@code For input string: "<trimmed input>"}.
 */
public final class FloatingParser {
    private FloatingParser() {
    }

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, BinaryFormat.DOUBLE));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, BinaryFormat.FLOAT));
    }

    /** The bits of the value of s in format f. */
    static long parse(String s, BinaryFormat f) {
        String in = s.trim();
        int len = in.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        char c = in.charAt(0);
        boolean negative = c == '-';
        if (negative || c == '+') {
            i = 1;
        }
        if (i == len) {
            throw invalid(in);
        }
        c = in.charAt(i);
        long sign = negative ? f.signBit : 0;
        if (c == 'N') {
            if (len - i == 3 && in.startsWith("NaN", i)) {
                return f.nanBits;
            }
            throw invalid(in);
        }
        if (c == 'I') {
            if (len - i == 8 && in.startsWith("Infinity", i)) {
                return sign | f.infinityBits;
            }
            throw invalid(in);
        }
        if (c == '0' && i + 1 < len && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
            return sign | HexFloat.parse(in, i + 2, f);
        }
        return sign | decimal(in, i, f);
    }

    static NumberFormatException invalid(String trimmed) {
        return new NumberFormatException("For input string: \"" + trimmed + "\"");
    }

    /** Whether c may end a number: the float and double suffixes. */
    static boolean isSuffix(char c) {
        return c == 'f' || c == 'F' || c == 'd' || c == 'D';
    }

    /** The bits of the unsigned decimal number in s from {@code start}. */
    private static long decimal(String s, int start, BinaryFormat f) {
        int len = s.length();
        int point = -1;
        int first = -1;
        int last = -1;
        int digits = 0;
        int significant = 0;
        long w = 0;
        int i = start;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (c != '0') {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
                if (first >= 0 && significant++ < DecimalToBinary.MAX_W_DIGITS) {
                    w = w * 10 + (c - '0');
                }
            } else if (c == '.') {
                if (point >= 0) {
                    throw new NumberFormatException("multiple points");
                }
                point = i;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw invalid(s);
        }
        int end = i;
        long exponent = 0;
        if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            int exponentStart = i;
            for (; i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (exponent < 1_000_000_000_000L) {
                    exponent = exponent * 10 + (s.charAt(i) - '0');
                }
            }
            if (i == exponentStart) {
                throw invalid(s);
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i < len && (i != len - 1 || !isSuffix(s.charAt(i)))) {
            throw invalid(s);
        }
        if (first < 0) {
            return 0;
        }
        int pointAt = point >= 0 ? point : end;
        int n = last - first + 1 - (first < pointAt && pointAt < last ? 1 : 0);
        long decExp = (first < pointAt ? pointAt - first : -(first - pointAt - 1)) + exponent;
        // w took up to 19 digits from the first non-zero one, zeros after the last included: drop those
        for (int k = Math.min(significant, DecimalToBinary.MAX_W_DIGITS); k > n; k--) {
            w = Long.divideUnsigned(w, 10);
        }
        return DecimalToBinary.convert(s, first, last, n, decExp, w, f);
    }
}
