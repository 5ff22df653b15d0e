package java.math;

/**
 * Decimal text to BigDecimal, with JDK 17's checks and messages: an optional sign, digits (any
 * Unicode decimal digits) with at most one point, an optional exponent ('e' or 'E', optional
 * sign, up to ten significant digits, which may be read past the given length when the array goes
 * on). Up to 18 characters after the sign the JDK accumulates a long and names a bad character
 * ("Character x is neither a decimal digit number, ..."); longer texts collect digits and report
 * a missing exponent mark instead. Reading past the array (an empty text, a text ending in 'e')
 * throws a NumberFormatException without message, caused by the ArrayIndexOutOfBoundsException.
 */
final class DecimalParser {
    private static final int COMPACT_CHARS = 18;

    private DecimalParser() {
    }

    static BigDecimal parse(char[] in, int offset, int len, MathContext mc) {
        if ((offset | len) < 0 || len > in.length - offset) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        try {
            BigDecimal v = new DecimalParser.State(in, offset, len).run();
            return mc.precision > 0 ? DecimalArithmetic.round(v, mc) : v;
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            NumberFormatException nfe = new NumberFormatException();
            nfe.initCause(e);
            throw nfe;
        }
    }

    /** One parse: the cursor, the digits seen and the scale. */
    private static final class State {
        private final char[] in;
        private int offset;
        private int len;
        private boolean negative;
        private boolean dot;
        private int precision;
        private int scale;
        private long exponent;

        State(char[] in, int offset, int len) {
            this.in = in;
            this.offset = offset;
            this.len = len;
        }

        BigDecimal run() {
            char first = in[offset];
            if (first == '-' || first == '+') {
                negative = first == '-';
                offset++;
                len--;
            }
            return len <= COMPACT_CHARS ? scan(true) : scan(false);
        }

        /**
         * Reads the significand and exponent; a compact text accumulates a long and names a bad
         * character, a longer one collects its digits and reports a missing exponent mark.
         */
        private BigDecimal scan(boolean compact) {
            long value = 0;
            char[] digits = compact ? null : new char[len];
            int count = 0;
            for (; len > 0; offset++, len--) {
                char c = in[offset];
                int digit = c >= '0' && c <= '9' ? c - '0' : c == '.' || c == 'e' || c == 'E' ? -1
                        : Character.isDigit(c) ? Character.digit(c, 10) : -2;
                if (digit >= 0) {
                    boolean leadingZero = digit == 0 && (compact ? value == 0 : count == 0);
                    if (leadingZero) {
                        precision = precision == 0 ? 1 : precision;
                    } else {
                        if (precision != 1 || (compact ? value != 0 : count != 0)) {
                            precision++;
                        }
                        if (compact) {
                            value = value * 10 + digit;
                        } else {
                            digits[count++] = (char) ('0' + digit);
                        }
                    }
                    if (dot) {
                        scale++;
                    }
                } else if (c == '.') {
                    point();
                } else if (c == 'e' || c == 'E') {
                    exponent();
                    break;
                } else if (compact) {
                    throw new NumberFormatException("Character " + c + " is neither a decimal digit number,"
                            + " decimal point, nor \"e\" notation exponential mark.");
                } else {
                    throw new NumberFormatException("Character array is missing \"e\" notation exponential mark.");
                }
            }
            finish();
            if (compact) {
                return BigDecimal.of(negative ? -value : value, scale);
            }
            BigInteger big = count == 0 ? BigInteger.ZERO : new BigInteger(new String(digits, 0, count));
            return BigDecimal.of(negative ? big.negate() : big, scale);
        }

        private void point() {
            if (dot) {
                throw new NumberFormatException("Character array contains more than one decimal point.");
            }
            dot = true;
        }

        private void exponent() {
            exponent = parseExponent(in, offset, len);
            if ((int) exponent != exponent) {
                throw new NumberFormatException("Exponent overflow.");
            }
        }

        private void finish() {
            if (precision == 0) {
                throw new NumberFormatException("No digits found.");
            }
            if (exponent != 0) {
                long adjusted = scale - exponent;
                if (adjusted > Integer.MAX_VALUE || adjusted < Integer.MIN_VALUE) {
                    throw new NumberFormatException("Scale out of range.");
                }
                scale = (int) adjusted;
            }
        }
    }

    /** The exponent after the 'e' at in[offset] (len characters from there belong to the text). */
    private static long parseExponent(char[] in, int offset, int len) {
        offset++;
        char c = in[offset];
        len--;
        boolean negative = c == '-';
        if (negative || c == '+') {
            offset++;
            c = in[offset];
            len--;
        }
        if (len <= 0) {
            throw new NumberFormatException("No exponent digits.");
        }
        while (len > 10 && (c == '0' || Character.digit(c, 10) == 0)) {
            offset++;
            c = in[offset];
            len--;
        }
        if (len > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long exp = 0;
        for (;; len--) {
            int v = c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10);
            if (v < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            exp = exp * 10 + v;
            if (len == 1) {
                break;
            }
            offset++;
            c = in[offset];
        }
        return negative ? -exp : exp;
    }
}
