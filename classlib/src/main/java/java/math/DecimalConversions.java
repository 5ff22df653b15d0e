package java.math;

/**
 * BigDecimal from a double (its exact binary value: m·2^e with m odd becomes m·5^-e with scale -e,
 * or the integer m·2^e), and BigDecimal to integers (truncated toward zero; the exact forms fail
 * with "Rounding necessary" or "Overflow" in the JDK's order of checks) and to double and float
 * (correctly rounded: exact quotients or products of small values by exact powers of ten, else the
 * parser on the printed form).
 */
final class DecimalConversions {
    private static final double[] DOUBLE_TEN_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final float[] FLOAT_TEN_POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private DecimalConversions() {
    }

    static BigDecimal exactDouble(double val) {
        if (Double.isInfinite(val) || Double.isNaN(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(val);
        int exponent = (int) ((bits >> 52) & 0x7ff);
        long significand = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | 1L << 52;
        if (significand == 0) {
            return BigDecimal.ZERO;
        }
        exponent -= 1075;
        int zeros = Long.numberOfTrailingZeros(significand);
        significand >>= zeros;
        exponent += zeros;
        if (bits < 0) {
            significand = -significand;
        }
        if (exponent >= 0) {
            return BigDecimal.of(BigInteger.valueOf(significand).shiftLeft(exponent), 0);
        }
        return BigDecimal.of(BigInteger.valueOf(5).pow(-exponent).multiply(BigInteger.valueOf(significand)), -exponent);
    }

    /** The value truncated toward zero. */
    static BigInteger integerPart(BigDecimal v) {
        if (v.scale <= 0) {
            return v.scale == 0 ? v.unscaledValue() : v.unscaledValue().multiply(TenPowers.big(-v.scale));
        }
        return DecimalRounding.dropDigits(v.unscaledValue(), v.scale, RoundingMode.DOWN);
    }

    static long longValue(BigDecimal v) {
        if (v.big == null && v.scale == 0) {
            return v.compact;
        }
        // 10^64 is a multiple of 2^64: from scale -64 down the low 64 bits are zeros
        if (v.signum() == 0 || (long) v.precision() - v.scale <= 0 || v.scale <= -64) {
            return 0;
        }
        return integerPart(v).longValue();
    }

    static long longValueExact(BigDecimal v) {
        if (v.big == null && v.scale == 0) {
            return v.compact;
        }
        if (v.signum() == 0) {
            return 0;
        }
        long integerDigits = (long) v.precision() - v.scale;
        if (integerDigits <= 0) {
            throw new ArithmeticException("Rounding necessary");
        }
        if (integerDigits > 19) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger n = v.setScale(0, RoundingMode.UNNECESSARY).unscaledValue();
        if (n.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return n.longValue();
    }

    static double doubleValue(BigDecimal v) {
        if (v.big == null) {
            long c = v.compact;
            if (v.scale == 0) {
                return (double) c;
            }
            if (Math.abs(c) < 1L << 52) {
                if (v.scale > 0 && v.scale < DOUBLE_TEN_POWERS.length) {
                    return (double) c / DOUBLE_TEN_POWERS[v.scale];
                }
                if (v.scale < 0 && v.scale > -DOUBLE_TEN_POWERS.length) {
                    return (double) c * DOUBLE_TEN_POWERS[-v.scale];
                }
            }
        }
        return Double.parseDouble(v.toString());
    }

    static float floatValue(BigDecimal v) {
        if (v.big == null) {
            long c = v.compact;
            if (v.scale == 0) {
                return (float) c;
            }
            if (Math.abs(c) < 1L << 22) {
                if (v.scale > 0 && v.scale < FLOAT_TEN_POWERS.length) {
                    return (float) c / FLOAT_TEN_POWERS[v.scale];
                }
                if (v.scale < 0 && v.scale > -FLOAT_TEN_POWERS.length) {
                    return (float) c * FLOAT_TEN_POWERS[-v.scale];
                }
            }
        }
        return Float.parseFloat(v.toString());
    }
}
