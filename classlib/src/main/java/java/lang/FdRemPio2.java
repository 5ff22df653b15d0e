package java.lang;

/**
 * Argument reduction for the trigonometric functions: {@code x = n·π/2 + (y0 + y1)} with
 * {@code |y0 + y1| <= π/4}, the pair good to well beyond 53 bits. Up to about 2^19·π/2 the
 * multiple of π/2 is subtracted in three pieces of 33 bits each (Cody–Waite), as many as the
 * cancellation needs; larger arguments go to {@link FdRemPio2Large} (Payne–Hanek with the bits of 2/π).
 */
final class FdRemPio2 {
    private static final double INV_PIO2 = 6.36619772367581382433e-01;
    /** π/2 in pieces: each PIO2_k has 33 significant bits, PIO2_kT is the rest after k pieces. */
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;
    private static final double TWO24 = 16777216.0;
    /** High words of n·π/2 for n = 1..32: where these agree with x, the first subtraction cancels. */
    private static final int[] NPIO2_HIGH = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
        0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
        0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
    };

    private FdRemPio2() {
    }

    /**
     * Reduces a finite {@code x} with {@code |x| > π/4}: stores the remainder in {@code y[0]}
     * (head) and {@code y[1]} (tail) and returns n (its low bits pick the quadrant). An infinite
     * or NaN {@code x} gives NaN in both.
     */
    static int reduce(double x, double[] y) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        if (ix < 0x4002d97c) {
            return nearPiOver2(x, hx, ix, y);
        }
        int n;
        if (ix <= 0x413921fb) {
            n = medium(Math.abs(x), ix, y);
        } else if (ix >= FdBits.INFINITE_HIGH) {
            y[0] = x - x;
            y[1] = y[0];
            return 0;
        } else {
            n = large(ix, FdBits.low(x), y);
        }
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /** |x| < 3π/4: n is ±1; two pieces of π/2, three where x is close to π/2. */
    private static int nearPiOver2(double x, int hx, int ix, double[] y) {
        double sign = hx > 0 ? 1.0 : -1.0;
        double z = x - sign * PIO2_1;
        if (ix != 0x3ff921fb) {
            y[0] = z - sign * PIO2_1T;
            y[1] = (z - y[0]) - sign * PIO2_1T;
        } else {
            z -= sign * PIO2_2;
            y[0] = z - sign * PIO2_2T;
            y[1] = (z - y[0]) - sign * PIO2_2T;
        }
        return hx > 0 ? 1 : -1;
    }

    /** 3π/4 <= t <= 2^19·π/2 (t = |x|): Cody–Waite in up to three steps. */
    private static int medium(double t, int ix, double[] y) {
        int n = (int) (t * INV_PIO2 + 0.5);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T;
        y[0] = r - w;
        if (n >= 32 || ix == NPIO2_HIGH[n - 1]) {
            int j = ix >> 20;
            if (j - exponentField(y[0]) > 16) {
                double u = r;
                w = fn * PIO2_2;
                r = u - w;
                w = fn * PIO2_2T - ((u - r) - w);
                y[0] = r - w;
                if (j - exponentField(y[0]) > 49) {
                    u = r;
                    w = fn * PIO2_3;
                    r = u - w;
                    w = fn * PIO2_3T - ((u - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        return n;
    }

    private static int exponentField(double v) {
        return (FdBits.high(v) >> 20) & 0x7ff;
    }

    /** |x| > 2^19·π/2: x as three 24-bit pieces scaled by 2^e0, then Payne–Hanek. */
    private static int large(int ix, int lx, double[] y) {
        int e0 = (ix >> 20) - 1046;
        double z = FdBits.fromWords(ix - (e0 << 20), lx);
        double[] pieces = new double[3];
        for (int i = 0; i < 2; i++) {
            pieces[i] = (int) z;
            z = (z - pieces[i]) * TWO24;
        }
        pieces[2] = z;
        int count = 3;
        while (pieces[count - 1] == 0.0) {
            count--;
        }
        return new FdRemPio2Large(pieces, count, e0).reduce(y);
    }
}
