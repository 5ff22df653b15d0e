package java.math;

/**
 * BigDecimal square roots as JDK 17 gives them: the root correctly rounded to mc.precision digits
 * (from the integer square root of the value scaled to p + 1 digits and whether that was exact);
 * with precision 0 or UNNECESSARY the exact root or "Computed square root not exact."; then the
 * result moves toward the preferred scale this.scale()/2 as far as the precision allows (an exact
 * power of ten with an even exponent is answered at once).
 */
final class DecimalRoots {
    private DecimalRoots() {
    }

    static BigDecimal sqrt(BigDecimal v, MathContext mc) {
        int signum = v.signum();
        if (signum == 0) {
            return BigDecimal.zero(v.scale / 2);
        }
        if (signum < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        int preferred = v.scale / 2;
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.big == null && stripped.compact == 1 && stripped.scale % 2 == 0) {
            BigDecimal result = BigDecimal.of(1, stripped.scale / 2);
            return result.scale == preferred ? result : result.add(BigDecimal.zero(preferred), mc);
        }
        BigDecimal root;
        if (mc.precision == 0 || mc.roundingMode == RoundingMode.UNNECESSARY) {
            root = exactRoot(stripped, mc.precision);
        } else {
            root = roundedRoot(v, mc);
        }
        if (root.scale == preferred) {
            return root;
        }
        MathContext exact = new MathContext(mc.precision, RoundingMode.UNNECESSARY);
        return root.stripTrailingZeros().add(BigDecimal.zero(preferred), exact);
    }

    /** The exact root of v (trailing zeros stripped), of at most precision digits (0: any). */
    private static BigDecimal exactRoot(BigDecimal v, int precision) {
        BigInteger u = v.unscaledValue();
        long scale = v.scale;
        if ((scale & 1) != 0) {
            u = u.multiply(BigInteger.TEN);
            scale++;
        }
        BigInteger r = u.sqrt();
        if (!r.multiply(r).equals(u)) {
            throw new ArithmeticException("Computed square root not exact.");
        }
        BigDecimal root = BigDecimal.of(r, (int) (scale / 2));
        if (precision > 0 && root.stripTrailingZeros().precision() > precision) {
            throw new ArithmeticException("Computed square root not exact.");
        }
        return root;
    }

    /** sqrt(v) rounded to mc.precision digits, v > 0. */
    private static BigDecimal roundedRoot(BigDecimal v, MathContext mc) {
        int p = mc.precision;
        long adjusted = (long) v.precision() - 1 - v.scale;
        long e = Math.floorDiv(adjusted, 2);
        long t = p - 1 - e;
        // R = floor(sqrt(v)·10^(t+1)), of p + 1 digits; x = v·10^(2t+2) = u·10^k
        long k = 2 * t + 2 - v.scale;
        BigInteger u = v.unscaledValue();
        boolean exact = true;
        BigInteger x;
        if (k >= 0) {
            x = u.multiply(TenPowers.big((int) k));
        } else {
            BigInteger[] qr = u.divideAndRemainder(TenPowers.big((int) -k));
            x = qr[0];
            exact = qr[1].signum() == 0;
        }
        BigInteger r = x.sqrt();
        exact = exact && r.multiply(r).equals(x);
        BigInteger[] qd = r.divideAndRemainder(BigInteger.TEN);
        BigInteger q = qd[0];
        int digit = qd[1].intValue();
        if (digit != 0 || !exact) {
            int cmpHalf = digit > 5 ? 1 : digit < 5 ? -1 : exact ? 0 : 1;
            if (mc.roundingMode.roundsAway(cmpHalf, false, q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        }
        BigDecimal root = BigDecimal.of(q, BigDecimal.checkScaleNonZero(t));
        return DecimalArithmetic.round(root, mc);
    }
}
