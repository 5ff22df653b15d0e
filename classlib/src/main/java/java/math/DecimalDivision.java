package java.math;

/**
 * BigDecimal quotients with JDK 17's results and scales:
 * <ul>
 * <li>to a given scale: the quotient rounded at that scale;
 * <li>exact: the quotient when it terminates (the divisor's part coprime to the dividend has no
 *     prime factors but 2 and 5), with the smallest scale at or above this.scale - divisor.scale
 *     that holds it;
 * <li>to a precision: the quotient rounded to mc.precision digits; when that was exact, trailing
 *     zeros are dropped down to the preferred scale this.scale - divisor.scale;
 * <li>integral: the quotient truncated to an integer, at the preferred scale when that is not
 *     negative, else with trailing zeros dropped down to it.
 * </ul>
 */
final class DecimalDivision {
    private static final String NON_TERMINATING =
            "Non-terminating decimal expansion; no exact representable decimal result.";

    private DecimalDivision() {
    }

    private static void checkDivisor(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(dividend.signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /** dividend / divisor rounded at the given scale. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, int scale, RoundingMode mode) {
        // q = u1·10^(scale - s1 + s2) / u2
        long shift = (long) scale - dividend.scale + divisor.scale;
        if (divisor.signum() == 0) {
            throw zeroDivisor(dividend, divisor, scale);
        }
        if (dividend.big == null && divisor.big == null && shift >= 0 && shift < TenPowers.LONG.length) {
            long n = TenPowers.multiplyOrOverflow(dividend.compact, (int) shift);
            if (n != BigDecimal.INFLATED) {
                long d = divisor.compact;
                long q = DecimalRounding.divide(d < 0 ? -n : n, Math.abs(d), mode);
                return BigDecimal.of(q, scale);
            }
        }
        BigInteger n = dividend.unscaledValue();
        BigInteger d = divisor.unscaledValue();
        if (shift >= 0) {
            n = n.multiply(TenPowers.big(checkDigits(shift)));
        } else {
            d = d.multiply(TenPowers.big(checkDigits(-shift)));
        }
        if (d.signum < 0) {
            n = n.negate();
            d = d.negate();
        }
        return BigDecimal.of(DecimalRounding.divide(n, d, mode), scale);
    }

    /**
     * Division by zero at a scale: the JDK's message tells whether it divided longs ("/ by zero")
     * or BigIntegers, which depends on the dividend being a long and on the power of ten by which
     * it raises the dividend (to stay a long) or else the divisor (computed in ints, as the JDK's
     * code does, so that extreme scales wrap around).
     */
    private static ArithmeticException zeroDivisor(BigDecimal dividend, BigDecimal divisor, int scale) {
        boolean longs = false;
        if (dividend.big == null) {
            int target = BigDecimal.checkScale((long) scale + divisor.scale, dividend.compact == 0);
            if (target > dividend.scale) {
                int raise = target - dividend.scale;
                longs = raise < TenPowers.LONG.length
                        && (raise <= 0 || TenPowers.multiplyOrOverflow(dividend.compact, raise) != BigDecimal.INFLATED);
            } else {
                int raise = BigDecimal.saturate((long) dividend.scale - scale) - divisor.scale;
                longs = raise < TenPowers.LONG.length;
            }
        }
        return new ArithmeticException(longs ? "/ by zero" : "BigInteger divide by zero");
    }

    private static int checkDigits(long n) {
        if (n > Integer.MAX_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return (int) n;
    }

    /** The exact quotient, or ArithmeticException when it does not terminate. */
    static BigDecimal divideExact(BigDecimal dividend, BigDecimal divisor) {
        checkDivisor(dividend, divisor);
        int preferred = BigDecimal.saturate((long) dividend.scale - divisor.scale);
        if (dividend.signum() == 0) {
            return BigDecimal.zero(preferred);
        }
        BigInteger n = dividend.unscaledValue();
        BigInteger d = divisor.unscaledValue();
        BigInteger g = n.gcd(d);
        n = n.divide(g);
        d = d.divide(g);
        if (d.signum < 0) {
            n = n.negate();
            d = d.negate();
        }
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        int fives = 0;
        while (true) {
            BigInteger[] qr = d.divideAndRemainder(BigInteger.valueOf(5));
            if (qr[1].signum != 0) {
                break;
            }
            d = qr[0];
            fives++;
        }
        if (!d.equals(BigInteger.ONE)) {
            throw new ArithmeticException(NON_TERMINATING);
        }
        // n / (2^twos 5^fives) = n 2^(k - twos) 5^(k - fives) / 10^k
        int k = Math.max(twos, fives);
        BigInteger unscaled = n.shiftLeft(k - twos).multiply(BigInteger.valueOf(5).pow(k - fives));
        long scale = (long) dividend.scale - divisor.scale + k;
        if ((int) scale != scale) {
            throw new ArithmeticException(NON_TERMINATING);
        }
        BigDecimal q = BigDecimal.of(unscaled, (int) scale);
        return DecimalArithmetic.stripZeros(q, preferred);
    }

    /** dividend / divisor rounded to mc.precision digits (0: exact). */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) {
            return divideExact(dividend, divisor);
        }
        checkDivisor(dividend, divisor);
        long preferred = (long) dividend.scale - divisor.scale;
        if (dividend.signum() == 0) {
            return BigDecimal.zero(BigDecimal.saturate(preferred));
        }
        BigInteger x = dividend.unscaledValue().abs();
        BigInteger y = divisor.unscaledValue().abs();
        int dx = dividend.precision();
        int dy = divisor.precision();
        // the quotient's leading digit: 10^e <= x/y < 10^(e+1)
        long e = (long) dx - dy - (normalizedBelow(x, dx, y, dy) ? 1 : 0);
        long shift = mc.precision - 1 - e;
        BigInteger n = x;
        BigInteger d = y;
        if (shift > 0) {
            n = n.multiply(TenPowers.big(checkDigits(shift)));
        } else if (shift < 0) {
            d = d.multiply(TenPowers.big(checkDigits(-shift)));
        }
        boolean negative = dividend.signum() != divisor.signum();
        int[][] qr = Division.divide(n.mag, d.mag);
        BigInteger q = new BigInteger(negative ? -1 : 1, qr[0]);
        int scale = BigDecimal.checkScaleNonZero(preferred + shift);
        if (qr[1].length == 0) {
            return DecimalArithmetic.stripZeros(BigDecimal.of(q, scale), preferred);
        }
        int cmpHalf = Magnitude.compare(Magnitude.shiftLeft(qr[1], 1), d.mag);
        if (mc.roundingMode.roundsAway(cmpHalf, negative, (qr[0][0] & 1) != 0)) {
            q = q.add(negative ? BigInteger.NEGATIVE_ONE : BigInteger.ONE);
        }
        return DecimalArithmetic.round(BigDecimal.of(q, scale), mc);
    }

    /** Whether x's digits, read as 0.ddd, are below y's (x of dx digits, y of dy). */
    private static boolean normalizedBelow(BigInteger x, int dx, BigInteger y, int dy) {
        if (dx > dy) {
            return x.compareTo(y.multiply(TenPowers.big(dx - dy))) < 0;
        }
        return x.multiply(TenPowers.big(dy - dx)).compareTo(y) < 0;
    }

    /** The quotient truncated to an integer. */
    static BigDecimal integralQuotient(BigDecimal dividend, BigDecimal divisor) {
        int preferred = BigDecimal.saturate((long) dividend.scale - divisor.scale);
        if (DecimalArithmetic.compareMagnitude(dividend, divisor) < 0) {
            return BigDecimal.zero(preferred);
        }
        checkDivisor(dividend, divisor);
        BigInteger q = truncatedQuotient(dividend, divisor);
        BigDecimal r = BigDecimal.of(q, 0);
        if (preferred >= 0) {
            return DecimalArithmetic.setScale(r, preferred, RoundingMode.UNNECESSARY);
        }
        return DecimalArithmetic.stripZeros(r, preferred);
    }

    /** trunc(dividend / divisor) as an integer. */
    private static BigInteger truncatedQuotient(BigDecimal dividend, BigDecimal divisor) {
        long shift = (long) divisor.scale - dividend.scale;
        BigInteger n = dividend.unscaledValue();
        BigInteger d = divisor.unscaledValue();
        if (shift > 0) {
            n = n.multiply(TenPowers.big(checkDigits(shift)));
        } else if (shift < 0) {
            d = d.multiply(TenPowers.big(checkDigits(-shift)));
        }
        return n.divide(d);
    }

    /** The integer part of the quotient, which must fit in mc.precision digits. */
    static BigDecimal integralQuotient(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0 || DecimalArithmetic.compareMagnitude(dividend, divisor) < 0) {
            return integralQuotient(dividend, divisor);
        }
        int preferred = BigDecimal.saturate((long) dividend.scale - divisor.scale);
        BigDecimal result = divide(dividend, divisor, new MathContext(mc.precision, RoundingMode.DOWN));
        if (result.scale < 0) {
            BigDecimal product = result.multiply(divisor);
            if (DecimalArithmetic.compareMagnitude(dividend.subtract(product), divisor) >= 0) {
                throw new ArithmeticException("Division impossible");
            }
        } else if (result.scale > 0) {
            result = DecimalArithmetic.setScale(result, 0, RoundingMode.DOWN);
        }
        int room;
        if (preferred > result.scale && (room = mc.precision - result.precision()) > 0) {
            int scale = result.scale + Math.min(room, preferred - result.scale);
            return DecimalArithmetic.setScale(result, scale, RoundingMode.UNNECESSARY);
        }
        return DecimalArithmetic.stripZeros(result, preferred);
    }
}
