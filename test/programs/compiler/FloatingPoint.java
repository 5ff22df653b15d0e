/** float and double arithmetic, comparisons with NaN and -0.0, and the saturating conversions. */
public class FloatingPoint {
    static double half = 0.5;

    public static long tDoubleArithmetic() {
        double a = 1.0 / 3.0;
        double b = a * 3.0 - 1.0;
        return (long) (a * 1e15) + (long) (b * 1e18);
    }

    public static int tFloatArithmetic() {
        float f = 0.1f;
        float g = f * 3f + half > 0 ? f / 7f : -f;
        return (int) (g * 1e8f);
    }

    public static int tSaturation() {
        double nan = 0.0 / 0.0;
        double inf = 1.0 / 0.0;
        int a = (int) nan;
        int b = (int) inf;
        int c = (int) -inf;
        int d = (int) 3.99e9;
        return (a == 0 ? 1 : 0) + (b == Integer.MAX_VALUE ? 10 : 0) + (c == Integer.MIN_VALUE ? 100 : 0)
                + (d == Integer.MAX_VALUE ? 1000 : 0);
    }

    public static long tLongSaturation() {
        float nan = 0f / 0f;
        long a = (long) nan;
        long b = (long) 1e30f;
        long c = (long) -1e300;
        return a + (b == Long.MAX_VALUE ? 1 : 0) + (c == Long.MIN_VALUE ? 2 : 0);
    }

    public static int tNanComparisons() {
        double nan = 0.0 / 0.0;
        int r = 0;
        if (nan < 1.0) r += 1;
        if (nan > 1.0) r += 2;
        if (nan == nan) r += 4;
        if (nan != nan) r += 8;
        if (!(nan <= 1.0)) r += 16;
        float fn = 0f / 0f;
        if (fn >= 0f) r += 32;
        if (!(fn < 0f)) r += 64;
        return r;
    }

    public static int tNegativeZero() {
        double nz = -0.0;
        double pz = 0.0;
        int r = nz == pz ? 1 : 0;
        double inv = 1.0 / nz;
        r += inv < 0 ? 10 : 0;
        float fz = -0.0f;
        r += (1f / -fz) > 0 ? 100 : 0;
        return r;
    }

    public static long tConversions() {
        long big = 1L << 53;
        double d = big + 1;          // l2d rounds
        float f = (float) d;          // d2f
        int i = (int) 1234.987f;
        long back = (long) d;
        return back + (long) f + i + (long) (double) (float) 16777217;
    }

    public static int tRemainders() {
        double a = 10.5 % 3.0;
        double b = -10.5 % 3.0;
        float c = 7.25f % -2f;
        return (int) (a * 10) * 10000 + (int) (b * 10) * 100 + (int) (c * 100);
    }
}
