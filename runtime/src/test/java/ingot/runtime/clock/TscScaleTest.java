package ingot.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pvclock scaling: exact against 128-bit arithmetic, and mul/shift for a rate inverted by frequency. */
class TscScaleTest {
    @ParameterizedTest
    @ValueSource(longs = {1_193_182L, 100_000_000L, 999_999_999L, 1_000_000_000L, 1_000_000_001L, 2_499_998_000L,
            3_700_000_000L, 10_000_000_000L})
    void aRateRoundTripsThroughMulAndShift(long hz) {
        int shift = TscScale.shiftFor(hz);
        int mul = TscScale.mulFor(hz, shift);
        assertTrue(Integer.toUnsignedLong(mul) >= 1L << 31, "mul keeps 31 bits or more: " + Integer.toUnsignedString(mul));
        long back = TscScale.frequency(mul, shift);
        assertTrue(Math.abs(back - hz) <= hz / 100_000_000 + 1, hz + " came back as " + back);
        long second = TscScale.toNanos(hz, mul, shift);
        assertTrue(Math.abs(second - 1_000_000_000L) <= 2, hz + " ticks are " + second + " ns");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 0xFFFF_FFFFL, 1L << 32, 123_456_789_012_345L, 1L << 50})
    void toNanosIsTheHigh64BitsOfThe96BitProduct(long ticks) {
        int[][] scales = {{0x8000_0000, 0}, {0xFFFF_FFFF, -1}, {0x9999_9999, 1}, {0xC000_0001, -3}, {0x7FFF_FFFF, 2}};
        for (int[] scale : scales) {
            int mul = scale[0];
            int shift = scale[1];
            BigInteger shifted = shift < 0 ? BigInteger.valueOf(ticks).shiftRight(-shift) : BigInteger.valueOf(ticks).shiftLeft(shift);
            long expected = shifted.multiply(BigInteger.valueOf(Integer.toUnsignedLong(mul))).shiftRight(32).longValueExact();
            assertEquals(expected, TscScale.toNanos(ticks, mul, shift), ticks + " ticks, mul " + mul + ", shift " + shift);
        }
    }

    @Test
    void aMulOfZeroHasNoFrequency() {
        assertEquals(0, TscScale.frequency(0, 0));
        assertEquals(0, TscScale.frequency(0, -2));
    }
}
