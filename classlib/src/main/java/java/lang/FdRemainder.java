package java.lang;

/**
 * IEEEremainder: x - n·p for the integer n nearest x/p (ties to even), always exact. |x| is first
 * reduced modulo 2|p| (exactly, on the integer significands), then at most two subtractions of
 * |p| bring it into [-|p|/2, |p|/2]; the special cases give fdlibm's (x·p)/(x·p).
 */
final class FdRemainder {
    private static final int FRACTION_BITS = 52;
    private static final long FRACTION_MASK = (1L << FRACTION_BITS) - 1;
    /** Bits of the quotient taken per step of the long remainder (the shifted value stays below 2^63). */
    private static final int CHUNK = 10;

    private FdRemainder() {
    }

    static double remainder(double x, double p) {
        int hx = FdBits.high(x);
        int lx = FdBits.low(x);
        int hp = FdBits.high(p) & FdBits.MAGNITUDE;
        int lp = FdBits.low(p);
        int sx = hx & FdBits.SIGN;
        hx &= FdBits.MAGNITUDE;
        if ((hp | lp) == 0 || hx >= FdBits.INFINITE_HIGH || FdBits.isNaN(hp, lp)) {
            double product = FdBits.multiplyNaNFirst(p, x);
            return product / product;
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            return 0.0 * x;
        }
        double ax = Math.abs(x);
        double ap = Math.abs(p);
        if (hp <= 0x7fdfffff) {
            ax = mod(ax, ap + ap);
        }
        if (hp < 0x00200000) {
            if (ax + ax > ap) {
                ax -= ap;
                if (ax + ax >= ap) {
                    ax -= ap;
                }
            }
        } else {
            double half = 0.5 * ap;
            if (ax > half) {
                ax -= ap;
                if (ax >= half) {
                    ax -= ap;
                }
            }
        }
        return FdBits.withHigh(ax, FdBits.high(ax) ^ sx);
    }

    /** ax mod ay for finite ax >= 0 and ay > 0, exactly. */
    private static double mod(double ax, double ay) {
        if (ax < ay) {
            return ax;
        }
        long mx = significand(ax);
        long my = significand(ay);
        int ey = exponent(ay);
        long r = mx % my;
        for (int d = exponent(ax) - ey; d > 0; d -= CHUNK) {
            r = (r << Math.min(d, CHUNK)) % my;
        }
        return Math.scalb((double) r, ey);
    }

    /** The integer significand (hidden bit included for normal numbers). */
    private static long significand(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & FRACTION_MASK;
        return (bits >>> FRACTION_BITS) == 0 ? fraction : fraction | (1L << FRACTION_BITS);
    }

    /** The exponent of the significand's last bit: v = significand·2^exponent. */
    private static int exponent(double v) {
        int field = (int) (Double.doubleToRawLongBits(v) >>> FRACTION_BITS);
        return Math.max(field, 1) - 1075;
    }
}
