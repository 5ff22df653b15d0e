package conformance;

/** Pseudo-random bit patterns through float and double arithmetic, conversions and text (Float/Double.toString as HotSpot 17 prints them), subnormals included. */
public class FloatingSweep {
    static long state = 0x9E3779B97F4A7C15L;

    static long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }

    static double randomDouble(int i) {
        long bits = next();
        switch (i % 4) {
            case 0: return Double.longBitsToDouble(bits);
            case 1: return Double.longBitsToDouble(bits & 0x800FFFFFFFFFFFFFL);
            case 2: return (bits >> 11) * 0x1.0p-40;
            default: return (int) bits / 1000.0;
        }
    }

    static float randomFloat(int i) {
        int bits = (int) next();
        switch (i % 4) {
            case 0: return Float.intBitsToFloat(bits);
            case 1: return Float.intBitsToFloat(bits & 0x807FFFFF);
            case 2: return (bits >> 8) * 0x1.0p-12f;
            default: return (short) bits / 100.0f;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 120; i++) {
            double a = randomDouble(i);
            double b = randomDouble(i + 1);
            System.out.println(a + " " + b + " | " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b)
                    + " | " + (float) a + " " + (long) a + " " + (int) b + " " + (a < b) + " " + Double.compare(a, b));
        }
        for (int i = 0; i < 120; i++) {
            float a = randomFloat(i);
            float b = randomFloat(i + 3);
            System.out.println(a + " " + b + " | " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b)
                    + " | " + (double) a + " " + (long) a + " " + (int) b + " " + (a >= b) + " " + Float.compare(a, b));
        }
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += 1.0 / i;
            sum -= (float) (1.0 / (i + 1));
        }
        System.out.println("harmonic difference " + sum);
    }
}
