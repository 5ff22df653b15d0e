package java.math;

/**
 * BigDecimal powers. pow(n): the unscaled value to the n (0 to 999,999,999) with scale·n.
 * pow(n, mc): ANSI X3.274's algorithm as the specification describes it — repeated squaring
 * from the top bit of |n| into one accumulator at precision mc.precision + (digits of n) + 1,
 * the reciprocal taken at that precision for a negative n, then one rounding to mc.precision;
 * |n| must have no more digits than the precision.
 */
final class DecimalPowers {
    private DecimalPowers() {
    }

    static BigDecimal pow(BigDecimal v, int n) {
        if (n < 0 || n > 999_999_999) {
            throw new ArithmeticException("Invalid operation");
        }
        int scale = v.checkScale((long) v.scale * n);
        if (v.big == null && n <= 2) {
            if (n == 0) {
                return BigDecimal.of(1, scale);
            }
            if (n == 1) {
                return BigDecimal.of(v.compact, scale);
            }
        }
        return BigDecimal.of(v.unscaledValue().pow(n), scale);
    }

    static BigDecimal pow(BigDecimal v, int n, MathContext mc) {
        if (mc.precision == 0) {
            return pow(v, n);
        }
        if (n < -999_999_999 || n > 999_999_999) {
            throw new ArithmeticException("Invalid operation");
        }
        if (n == 0) {
            return BigDecimal.ONE;
        }
        int magnitude = Math.abs(n);
        int exponentDigits = TenPowers.digits(magnitude);
        if (exponentDigits > mc.precision) {
            throw new ArithmeticException("Invalid operation");
        }
        MathContext work = new MathContext(mc.precision + exponentDigits + 1, mc.roundingMode);
        BigDecimal acc = BigDecimal.ONE;
        boolean seen = false;
        for (int i = 1;; i++) {
            magnitude += magnitude;
            if (magnitude < 0) {
                seen = true;
                acc = acc.multiply(v, work);
            }
            if (i == 31) {
                break;
            }
            if (seen) {
                acc = acc.multiply(acc, work);
            }
        }
        if (n < 0) {
            acc = BigDecimal.ONE.divide(acc, work);
        }
        return DecimalArithmetic.round(acc, mc);
    }
}
