package java.math;

/**
 * BigDecimal's sums, products, rounding to a precision, rescaling, comparison and the stripping
 * of trailing zeros, on longs while the values fit and on BigIntegers otherwise. Sums with a
 * context keep JDK 17's result scales: an operand far below the other's last digit and the
 * result's precision is replaced by a one-unit value of its sign below both (the rounded result is
 * the same), and a sum with a zero operand takes the other rounded, then moves toward the larger
 * scale as far as the precision allows.
 */
final class DecimalArithmetic {
    private DecimalArithmetic() {
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a.big == null && b.big == null) {
            BigDecimal sum = addLongs(a.compact, a.scale, b.compact, b.scale);
            if (sum != null) {
                return sum;
            }
        }
        if (a.scale == b.scale) {
            return addAligned(a, b, a.scale);
        }
        long diff = (long) a.scale - b.scale;
        if (diff < 0) {
            return addAligned(raise(a, -diff), b, b.scale);
        }
        return addAligned(a, raise(b, diff), a.scale);
    }

    /** a with its unscaled value times 10^n (its scale is not changed: a part of an alignment). */
    private static BigDecimal raise(BigDecimal a, long n) {
        int digits = a.checkScale(n);
        if (a.big == null) {
            long r = TenPowers.multiplyOrOverflow(a.compact, digits);
            if (r != BigDecimal.INFLATED) {
                return BigDecimal.of(r, a.scale);
            }
        }
        return BigDecimal.of(a.unscaledValue().multiply(TenPowers.big(digits)), a.scale);
    }

    /** a + b (a = x·10^-sx, b = y·10^-sy) when it can be done in longs, else null. */
    static BigDecimal addLongs(long x, int sx, long y, int sy) {
        int scale = sx;
        if (sx != sy) {
            long diff = (long) sx - sy;
            if (diff < 0) {
                if (diff <= -TenPowers.LONG.length) {
                    return null;
                }
                x = TenPowers.multiplyOrOverflow(x, (int) -diff);
                if (x == BigDecimal.INFLATED) {
                    return null;
                }
                scale = sy;
            } else if (diff >= TenPowers.LONG.length
                    || (y = TenPowers.multiplyOrOverflow(y, (int) diff)) == BigDecimal.INFLATED) {
                return null;
            }
        }
        long sum = x + y;
        if (((x ^ sum) & (y ^ sum)) < 0 || sum == BigDecimal.INFLATED) {
            return null;
        }
        return BigDecimal.of(sum, scale);
    }

    /** a - b. */
    static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        if (a.big == null && b.big == null) {
            BigDecimal difference = addLongs(a.compact, a.scale, -b.compact, b.scale);
            if (difference != null) {
                return difference;
            }
        }
        return add(a, b.negate());
    }

    private static BigDecimal addAligned(BigDecimal a, BigDecimal b, int scale) {
        if (a.big == null && b.big == null) {
            long x = a.compact;
            long y = b.compact;
            long sum = x + y;
            if (((x ^ sum) & (y ^ sum)) >= 0) {
                return BigDecimal.of(sum, scale);
            }
        }
        return BigDecimal.of(a.unscaledValue().add(b.unscaledValue()), scale);
    }

    static BigDecimal add(BigDecimal a, BigDecimal b, MathContext mc) {
        if (mc.precision == 0) {
            return add(a, b);
        }
        boolean aZero = a.signum() == 0;
        boolean bZero = b.signum() == 0;
        if (aZero || bZero) {
            int preferred = Math.max(a.scale, b.scale);
            if (aZero && bZero) {
                return BigDecimal.zero(preferred);
            }
            BigDecimal result = round(aZero ? b : a, mc);
            return towardScale(result, preferred, mc.precision);
        }
        long padding = (long) a.scale - b.scale;
        if (padding != 0) {
            if (padding < 0) {
                b = stickyIfFar(a, b, mc);
            } else {
                a = stickyIfFar(b, a, mc);
            }
        }
        return round(add(a, b), mc);
    }

    /**
     * The operand small (of the larger scale) as it may enter a rounded sum with big: itself, or,
     * when all its digits lie more than two places below both big's last digit and the result's
     * estimated last digit, a unit of its sign three places below both.
     */
    private static BigDecimal stickyIfFar(BigDecimal big, BigDecimal small, MathContext mc) {
        long resultUlpScale = (long) big.scale - big.precision() + mc.precision;
        long smallHighDigit = (long) small.scale - small.precision() + 1;
        if (smallHighDigit > big.scale + 2 && smallHighDigit > resultUlpScale + 2) {
            return BigDecimal.of(small.signum(), small.checkScale(Math.max(big.scale, resultUlpScale) + 3));
        }
        return small;
    }

    /**
     * A rounded result moved toward the preferred scale: trailing zeros stripped down to it when
     * its scale is larger, zeros appended up to it when smaller, as far as the precision allows.
     */
    static BigDecimal towardScale(BigDecimal result, int preferred, int precision) {
        if (result.scale == preferred) {
            return result;
        }
        if (result.scale > preferred) {
            return stripZeros(result, preferred);
        }
        int precisionRoom = precision - result.precision();
        long scaleGap = (long) preferred - result.scale;
        if (precisionRoom >= scaleGap) {
            return setScale(result, preferred, RoundingMode.UNNECESSARY);
        }
        return setScale(result, result.scale + precisionRoom, RoundingMode.UNNECESSARY);
    }

    static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        int scale = checkProductScale(a, b);
        if (a.big == null && b.big == null) {
            long x = a.compact;
            long y = b.compact;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if (hi == (lo >> 63) && lo != BigDecimal.INFLATED) {
                return BigDecimal.of(lo, scale);
            }
        }
        return BigDecimal.of(a.unscaledValue().multiply(b.unscaledValue()), scale);
    }

    private static int checkProductScale(BigDecimal a, BigDecimal b) {
        long s = (long) a.scale + b.scale;
        return BigDecimal.checkScale(s, a.signum() == 0 || b.signum() == 0);
    }

    /** v rounded to mc.precision (> 0) significant digits. */
    static BigDecimal round(BigDecimal v, MathContext mc) {
        int drop = v.precision() - mc.precision;
        if (drop <= 0) {
            return v;
        }
        int scale = BigDecimal.checkScaleNonZero((long) v.scale - drop);
        BigDecimal r;
        if (v.big == null && drop < TenPowers.LONG.length) {
            r = BigDecimal.of(DecimalRounding.divide(v.compact, TenPowers.LONG[drop], mc.roundingMode), scale);
        } else {
            r = BigDecimal.of(DecimalRounding.dropDigits(v.big != null ? v.big : v.unscaledValue(), drop,
                    mc.roundingMode), scale);
        }
        if (r.precision() > mc.precision) {
            // carried into a new digit: the value is 10^precision
            int s = BigDecimal.checkScaleNonZero((long) r.scale - 1);
            r = r.big == null ? BigDecimal.of(r.compact / 10, s) : BigDecimal.of(r.big.divide(BigInteger.TEN), s);
        }
        return r;
    }

    static BigDecimal setScale(BigDecimal v, int newScale, RoundingMode mode) {
        int old = v.scale;
        if (newScale == old) {
            return v;
        }
        if (v.signum() == 0) {
            return BigDecimal.zero(newScale);
        }
        if (newScale > old) {
            int raise = v.checkScale((long) newScale - old);
            if (v.big == null) {
                long r = TenPowers.multiplyOrOverflow(v.compact, raise);
                if (r != BigDecimal.INFLATED) {
                    return BigDecimal.of(r, newScale);
                }
            }
            return BigDecimal.of(v.unscaledValue().multiply(TenPowers.big(raise)), newScale);
        }
        int drop = v.checkScale((long) old - newScale);
        if (v.big == null && drop < TenPowers.LONG.length) {
            return BigDecimal.of(DecimalRounding.divide(v.compact, TenPowers.LONG[drop], mode), newScale);
        }
        return BigDecimal.of(DecimalRounding.dropDigits(v.unscaledValue(), drop, mode), newScale);
    }

    /** v without trailing zeros of its unscaled value, its scale not going below preferred. */
    static BigDecimal stripZeros(BigDecimal v, long preferred) {
        if (v.big == null) {
            long u = v.compact;
            long scale = v.scale;
            while (scale > preferred && u % 10 == 0 && u != 0) {
                u /= 10;
                scale--;
            }
            return scale == v.scale ? v : BigDecimal.of(u, v.checkScale(scale));
        }
        BigInteger u = v.big;
        long scale = v.scale;
        while (scale > preferred && !u.testBit(0)) {
            BigInteger[] qr = u.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            u = qr[0];
            scale--;
        }
        return scale == v.scale ? v : BigDecimal.of(u, v.checkScale(scale));
    }

    static int compare(BigDecimal a, BigDecimal b) {
        if (a.scale == b.scale && a.big == null && b.big == null) {
            return Long.compare(a.compact, b.compact);
        }
        int sa = a.signum();
        int sb = b.signum();
        if (sa != sb) {
            return sa > sb ? 1 : -1;
        }
        if (sa == 0) {
            return 0;
        }
        int c = compareMagnitude(a, b);
        return sa > 0 ? c : -c;
    }

    /** |a| against |b|. */
    static int compareMagnitude(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return a.signum() != 0 ? 1 : b.signum() != 0 ? -1 : 0;
        }
        // the adjusted exponents (position of the leading digit) decide unless equal
        long ea = (long) a.precision() - a.scale;
        long eb = (long) b.precision() - b.scale;
        if (ea != eb) {
            return ea < eb ? -1 : 1;
        }
        BigInteger ua = a.unscaledValue().abs();
        BigInteger ub = b.unscaledValue().abs();
        long diff = (long) a.scale - b.scale;
        if (diff < 0) {
            ua = ua.multiply(TenPowers.big((int) -diff));
        } else if (diff > 0) {
            ub = ub.multiply(TenPowers.big((int) diff));
        }
        return ua.compareTo(ub);
    }
}
