package java.math;

/**
 * BigDecimal square roots computed as JDK 17 computes them, so that its answers — including its
 * refusals of some exact roots — are reproduced. The value, trailing zeros stripped, is scaled by
 * an even power of ten into [0.1, 10); the double square root of that is the first guess (exact
 * binary value, about 15 good digits), refined by Newton steps x = 0.5·(x + w/x) at
 * max(guess digits, target + 2, digits of w) digits, HALF_EVEN, the guess digits doubling each
 * step until they reach target + 2. The target is 2p for the half-way modes (so that one rounding
 * is correct), p for the others, and for precision 0 half the value's digits plus one.
 * With precision 0 or UNNECESSARY the approximation is rounded to the target (DOWN for
 * UNNECESSARY, else the mode) and must square back to the value exactly, or "Computed square
 * root not exact."; otherwise it is rounded to p and moved by one unit when a directed mode
 * finds it on the wrong side. The result then moves toward the preferred scale this.scale()/2.
 */
final class DecimalRoots {
    private static final BigDecimal ONE_HALF = BigDecimal.of(5, 1);
    private static final BigDecimal ONE_TENTH = BigDecimal.of(1, 1);

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
        int leading = stripped.scale - stripped.precision() + 1;
        int scaleAdjust = leading % 2 == 0 ? leading : leading - 1;
        BigDecimal working = stripped.scaleByPowerOfTen(scaleAdjust);
        int precision = mc.precision;
        RoundingMode mode = mc.roundingMode;
        int target = targetPrecision(stripped, precision, mode);
        BigDecimal approx = newton(working, target);
        BigDecimal result;
        BigDecimal scaledBack = approx.scaleByPowerOfTen(-scaleAdjust / 2);
        if (mode == RoundingMode.UNNECESSARY || precision == 0) {
            RoundingMode rounding = mode == RoundingMode.UNNECESSARY ? RoundingMode.DOWN : mode;
            result = scaledBack.round(new MathContext(target, rounding));
            if (v.subtract(result.multiply(result)).signum() != 0) {
                throw new ArithmeticException("Computed square root not exact.");
            }
        } else {
            result = fixDirected(scaledBack.round(mc), approx, v, mode);
        }
        if (result.scale == preferred) {
            return result;
        }
        MathContext exact = new MathContext(precision, RoundingMode.UNNECESSARY);
        return result.stripTrailingZeros().add(BigDecimal.zero(preferred), exact);
    }

    private static int targetPrecision(BigDecimal stripped, int precision, RoundingMode mode) {
        if (precision == 0) {
            return stripped.precision() / 2 + 1;
        }
        if (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN) {
            int doubled = 2 * precision;
            return doubled < 0 ? Integer.MAX_VALUE - 2 : doubled;
        }
        return precision;
    }

    /** Newton's iteration for sqrt(working), working in [0.1, 10), to target + 2 digits. */
    private static BigDecimal newton(BigDecimal working, int target) {
        BigDecimal approx = new BigDecimal(Math.sqrt(working.doubleValue()));
        int guessDigits = 15;
        int workingDigits = working.precision();
        do {
            int digits = Math.max(Math.max(guessDigits, target + 2), workingDigits);
            MathContext step = new MathContext(digits, RoundingMode.HALF_EVEN);
            approx = ONE_HALF.multiply(approx.add(working.divide(approx, step), step));
            guessDigits *= 2;
        } while (guessDigits < target + 2);
        return approx;
    }

    /** A directed mode's result moved by one unit when its square lies on the wrong side of v. */
    private static BigDecimal fixDirected(BigDecimal result, BigDecimal approx, BigDecimal v, RoundingMode mode) {
        if (mode == RoundingMode.DOWN || mode == RoundingMode.FLOOR) {
            if (result.multiply(result).compareTo(v) > 0) {
                BigDecimal ulp = result.ulp();
                // below a power of ten the next smaller value is a tenth of a unit away
                if (approx.compareTo(BigDecimal.ONE) == 0) {
                    ulp = ulp.multiply(ONE_TENTH);
                }
                return result.subtract(ulp);
            }
        } else if (mode == RoundingMode.UP || mode == RoundingMode.CEILING) {
            if (result.multiply(result).compareTo(v) < 0) {
                return result.add(result.ulp());
            }
        }
        return result;
    }
}
