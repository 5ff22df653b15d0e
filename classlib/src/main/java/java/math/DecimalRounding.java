package java.math;

/**
 * Rounded quotients and rounding to a number of significant digits. A quotient whose remainder is
 * not zero moves one unit away from zero when the mode says so (RoundingMode.roundsAway, from the
 * remainder against half the divisor, the sign and the parity of the truncated quotient);
 * UNNECESSARY then fails with "Rounding necessary".
 */
final class DecimalRounding {
    private DecimalRounding() {
    }

    /** n / d rounded, d > 0, n != Long.MIN_VALUE. */
    static long divide(long n, long d, RoundingMode mode) {
        long q = n / d;
        long r = n - q * d;
        if (r == 0) {
            return q;
        }
        long ar = Math.abs(r);
        int cmpHalf = Long.compare(ar, d - ar);
        return mode.roundsAway(cmpHalf, n < 0, (q & 1) != 0) ? q + (n < 0 ? -1 : 1) : q;
    }

    /** n / d rounded, d > 0. */
    static BigInteger divide(BigInteger n, BigInteger d, RoundingMode mode) {
        int[][] qr = Division.divide(n.mag, d.mag);
        BigInteger q = new BigInteger(n.signum, qr[0]);
        int[] r = qr[1];
        if (r.length == 0) {
            return q;
        }
        int cmpHalf = Magnitude.compare(Magnitude.shiftLeft(r, 1), d.mag);
        boolean away = mode.roundsAway(cmpHalf, n.signum < 0, (qr[0].length > 0 && (qr[0][0] & 1) != 0));
        return away ? q.add(n.signum < 0 ? BigInteger.NEGATIVE_ONE : BigInteger.ONE) : q;
    }

    /** n / 10^digits rounded (digits > 0). */
    static BigInteger dropDigits(BigInteger n, int digits, RoundingMode mode) {
        if (digits < TenPowers.LONG.length && n.bitLength() < 63) {
            return BigInteger.valueOf(divide(n.longValue(), TenPowers.LONG[digits], mode));
        }
        if (digits > TenPowers.digits(n) + 1) {
            // |n| < 10^digits / 10: below half a unit of the result's last place
            return n.signum == 0 ? n
                    : mode.roundsAway(-1, n.signum < 0, false) ? BigInteger.valueOf(n.signum) : BigInteger.ZERO;
        }
        return divide(n, TenPowers.big(digits), mode);
    }
}
