package java.lang;

/**
 * atan2 as fdlibm computes it: the special cases of zeros and infinities by quadrant, else
 * atan(|y/x|) placed in the quadrant of (x, y) with π's tail added where π is involved.
 */
final class FdAtan2 {
    private static final double TINY = 1.0e-300;
    private static final double PI_O_4 = 7.8539816339744827900E-01;
    private static final double PI_O_2 = 1.5707963267948965580E+00;
    private static final double PI = 3.1415926535897931160E+00;
    private static final double PI_LO = 1.2246467991473531772E-16;

    private FdAtan2() {
    }

    static double atan2(double y, double x) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        int lx = FdBits.low(x);
        int hy = FdBits.high(y);
        int iy = hy & FdBits.MAGNITUDE;
        int ly = FdBits.low(y);
        if (FdBits.isNaN(ix, lx) || FdBits.isNaN(iy, ly)) {
            return FdBits.addNaNFirst(x, y);
        }
        if (((hx - 0x3ff00000) | lx) == 0) {
            return FdInverseTrig.atan(y);
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            return zeroY(y, m);
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        if (ix == FdBits.INFINITE_HIGH) {
            return iy == FdBits.INFINITE_HIGH ? bothInfinite(m) : infiniteX(m);
        }
        if (iy == FdBits.INFINITE_HIGH) {
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = PI_O_2 + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = FdInverseTrig.atan(Math.abs(y / x));
        }
        switch (m) {
            case 0:
                return z;
            case 1:
                return -z;
            case 2:
                return PI - (z - PI_LO);
            default:
                return (z - PI_LO) - PI;
        }
    }

    /** m = 2·sign(x) + sign(y). */
    private static double zeroY(double y, int m) {
        switch (m) {
            case 0:
            case 1:
                return y;
            case 2:
                return PI + TINY;
            default:
                return -PI - TINY;
        }
    }

    private static double bothInfinite(int m) {
        switch (m) {
            case 0:
                return PI_O_4 + TINY;
            case 1:
                return -PI_O_4 - TINY;
            case 2:
                return 3.0 * PI_O_4 + TINY;
            default:
                return -3.0 * PI_O_4 - TINY;
        }
    }

    private static double infiniteX(int m) {
        switch (m) {
            case 0:
                return 0.0;
            case 1:
                return -0.0;
            case 2:
                return PI + TINY;
            default:
                return -PI - TINY;
        }
    }
}
