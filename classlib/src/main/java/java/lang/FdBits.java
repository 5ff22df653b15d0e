package java.lang;

/**
 * The two 32-bit words of a double, as the fdlibm algorithms address them: the high word holds
 * the sign, the exponent and the top 20 fraction bits; the low word the other 32 fraction bits.
 */
final class FdBits {
    static final int SIGN = 0x80000000;
    static final int MAGNITUDE = 0x7fffffff;
    /** The high word of infinity: a magnitude at or above it is infinite or NaN. */
    static final int INFINITE_HIGH = 0x7ff00000;

    private FdBits() {
    }

    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double fromWords(int high, int low) {
        return Double.longBitsToDouble((long) high << 32 | (low & 0xffffffffL));
    }

    static double withHigh(double x, int high) {
        return fromWords(high, low(x));
    }

    /** {@code x} with its low word zero: the top 21 significant bits. */
    static double clearLow(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }

    /** Whether the words of a magnitude (sign cleared) are those of a NaN. */
    static boolean isNaN(int magnitudeHigh, int low) {
        return magnitudeHigh > INFINITE_HIGH || (magnitudeHigh == INFINITE_HIGH && low != 0);
    }

    /**
     * a + b, with a's payload (quieted) when both are NaN, as the SSE addition of a and b in that
     * order gives. Java leaves the order of a commutative operation to the compiler, so a plain
     * a + b of two NaNs may give either payload depending on the JIT tier.
     */
    static double addNaNFirst(double a, double b) {
        return a != a ? a + a : a + b;
    }

    /** a·b, with a's payload when both are NaN (see addNaNFirst). */
    static double multiplyNaNFirst(double a, double b) {
        return a != a ? a * a : a * b;
    }

    /** {@code x} with {@code k} added to its exponent field (the result stays normal). */
    static double addToExponent(double x, int k) {
        return withHigh(x, high(x) + (k << 20));
    }
}
