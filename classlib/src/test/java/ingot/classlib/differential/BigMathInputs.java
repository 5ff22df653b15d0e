package ingot.classlib.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * Random inputs for the java.math sequences: integers of every size (zero, small, the 32- and
 * 64-bit edges, powers of two and their neighbours, runs of ones, random values of hundreds to
 * thousands of bits, negative ones), decimal strings (plain, with exponents, many digits, zeros
 * with scales, and malformed ones), doubles, scales, precisions and format strings.
 */
final class BigMathInputs {
    private static final int[] EDGE_BITS = {1, 7, 8, 15, 16, 31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 95, 96, 127, 128,
        129, 255, 256, 1023, 1024, 1025, 2048};
    private static final String[] ROUNDING_MODES = {"UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN",
        "HALF_EVEN", "UNNECESSARY"};

    private BigMathInputs() {
    }

    /** A bit length: mostly up to 64, often up to 512, sometimes up to 4096 or an edge. */
    static int bits(Random r) {
        int k = r.nextInt(100);
        if (k < 35) {
            return 1 + r.nextInt(64);
        }
        if (k < 60) {
            return 65 + r.nextInt(448);
        }
        if (k < 75) {
            return 513 + r.nextInt(3584);
        }
        if (k < 77) {
            return 4097 + r.nextInt(6000);
        }
        return EDGE_BITS[r.nextInt(EDGE_BITS.length)];
    }

    /** An integer of a random shape and size, of either sign. */
    static BigInteger integer(Random r) {
        return integer(r, bits(r));
    }

    static BigInteger integer(Random r, int bits) {
        BigInteger v;
        switch (r.nextInt(10)) {
            case 0:
                v = BigInteger.valueOf(r.nextInt(20));
                break;
            case 1:
                v = BigInteger.ONE.shiftLeft(bits).add(BigInteger.valueOf(r.nextInt(3) - 1));
                break;
            case 2: {
                int ones = 1 + r.nextInt(bits);
                v = BigInteger.ONE.shiftLeft(ones).subtract(BigInteger.ONE).shiftLeft(r.nextInt(bits));
                break;
            }
            case 3:
                v = BigInteger.valueOf(r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE)
                        .add(BigInteger.valueOf(r.nextInt(5) - 2));
                break;
            case 4:
                v = BigInteger.valueOf(r.nextLong() >> r.nextInt(64));
                break;
            default:
                v = new BigInteger(bits, r);
        }
        return r.nextInt(3) == 0 ? v.negate() : v;
    }

    /** A positive integer (a modulus). */
    static BigInteger positive(Random r) {
        BigInteger v = integer(r, r.nextInt(4) == 0 ? 1 + r.nextInt(16) : Math.min(bits(r), 1500)).abs();
        return v.signum() == 0 ? BigInteger.valueOf(1 + r.nextInt(1000)) : v;
    }

    /** A decimal value: an integer of modest size with a scale, mostly between -30 and 40. */
    static BigDecimal decimal(Random r) {
        BigInteger unscaled = integer(r, r.nextInt(4) == 0 ? bits(r) % 700 + 1 : 1 + r.nextInt(70));
        if (r.nextInt(8) == 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(r.nextInt(12)));
        }
        return new BigDecimal(unscaled, scale(r));
    }

    static int scale(Random r) {
        return r.nextInt(5) == 0 ? r.nextInt(7) - 3 : r.nextInt(71) - 30;
    }

    /** A scale that is sometimes near the ends of int. */
    static int anyScale(Random r) {
        switch (r.nextInt(12)) {
            case 0:
                return Integer.MAX_VALUE - r.nextInt(3);
            case 1:
                return Integer.MIN_VALUE + r.nextInt(3);
            case 2:
                return 999_999_999 + r.nextInt(3) - 1;
            default:
                return scale(r);
        }
    }

    /** A decimal string: valid forms of every kind, now and then a malformed one. */
    static String decimalText(Random r) {
        int k = r.nextInt(20);
        if (k == 0) {
            return malformed(r);
        }
        if (k == 1) {
            String[] fixed = {"0", "-0", "+0.000", "0E-10", "0E+3", ".5", "5.", "-.5e-3", "1e0", "1E+2147483647",
                "1E-2147483647", "1E2147483648", "12.34E-2147483648", "9999999999999999999", "99999999999999999.99",
                "1234567890123456789.5", "0.000000000000000000001", "1e-400", "1e400", "\u0661\u0662.\u0663"};
            return fixed[r.nextInt(fixed.length)];
        }
        BigDecimal d = decimal(r);
        if (k < 8) {
            return d.toString();
        }
        String digits = d.unscaledValue().abs().toString();
        String sign = d.signum() < 0 ? "-" : r.nextInt(5) == 0 ? "+" : "";
        int point = r.nextInt(digits.length() + 1);
        int exponent = r.nextInt(61) - 30;
        String e = r.nextBoolean() ? "e" : "E";
        String expText = exponent >= 0 && r.nextBoolean() ? "+" + exponent : Integer.toString(exponent);
        return sign + digits.substring(0, point) + "." + digits.substring(point) + (k < 14 ? e + expText : "");
    }

    private static String malformed(Random r) {
        String[] bad = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1e5.5", "--1", "1-", "0x10", "NaN",
            "Infinity", " 1", "1 ", "1_000", "1e99999999999", "1.e", "+-2", "1ee2", "12a", "\u0660.", "1E+-3"};
        return bad[r.nextInt(bad.length)];
    }

    /** A string for BigInteger(String, radix): digits in that radix, sometimes with a bad character. */
    static String integerText(Random r, int radix) {
        BigInteger v = integer(r, Math.min(bits(r), 2000));
        String s = v.toString(Math.max(2, Math.min(36, radix)));
        switch (r.nextInt(12)) {
            case 0:
                return s.isEmpty() ? s
                        : s.substring(0, r.nextInt(s.length())) + "x" + s.substring(r.nextInt(s.length()));
            case 1:
                return "+" + s;
            case 2:
                return "000" + s;
            case 3:
                return malformed(r);
            case 4:
                return s.toUpperCase();
            default:
                return s;
        }
    }

    static int radix(Random r) {
        int k = r.nextInt(10);
        return k == 0 ? r.nextInt(40) : k < 4 ? 10 : k < 6 ? 16 : 2 + r.nextInt(35);
    }

    /** A double: random bits, ordinary decimals, integers, halves, extremes. */
    static double doubleValue(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Double.longBitsToDouble(r.nextLong());
            case 1:
                return (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(12));
            case 2:
                return r.nextLong() >> r.nextInt(64);
            case 3: {
                double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 0.5, 2.5, 1e22, 1e23,
                    9007199254740993.0};
                return special[r.nextInt(special.length)];
            }
            case 4:
                return (r.nextInt(2000) + 0.5) * Math.pow(2, r.nextInt(120) - 60);
            default:
                return r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
        }
    }

    static String roundingMode(Random r) {
        return ROUNDING_MODES[r.nextInt(ROUNDING_MODES.length)];
    }

    /** A MathContext precision: 0 (unlimited) sometimes, mostly small, now and then large. */
    static int precision(Random r) {
        int k = r.nextInt(20);
        return k < 2 ? 0 : k < 14 ? 1 + r.nextInt(20) : k < 19 ? 21 + r.nextInt(60) : 100 + r.nextInt(300);
    }

    /** A string for MathContext(String). */
    static String mathContextText(Random r) {
        String mode = roundingMode(r);
        switch (r.nextInt(8)) {
            case 0:
                return "precision=" + (r.nextInt(5) - 2) + " roundingMode=" + mode;
            case 1:
                return "precision=5  roundingMode=" + mode;
            case 2:
                return "precision=7 roundingMode=" + mode.toLowerCase();
            case 3:
                return "precision=x roundingMode=UP";
            case 4:
                return "precision=3";
            default:
                return "precision=" + precision(r) + " roundingMode=" + mode;
        }
    }
}
