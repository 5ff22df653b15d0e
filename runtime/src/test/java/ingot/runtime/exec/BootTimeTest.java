package ingot.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The boot-time report's conversion of TSC cycles to microseconds. */
class BootTimeTest {
    @Test
    void cyclesBecomeWholeMicroseconds() {
        assertEquals(5_552, BootTime.micros(13_925_690, 2_507_972_702L));
        assertEquals(1, BootTime.micros(2_500, 2_500_000_000L));
        assertEquals(0, BootTime.micros(2_499, 2_500_000_000L));
    }

    @Test
    void hugeCountsDoNotOverflow() {
        assertEquals(9_000_000_000L, BootTime.micros(9_000_000_000_000L, 1_000_000_000L));
        assertEquals(10_000_000_000L, BootTime.micros(10_000_000_000_000L, 1_000_000_000L)); // cycles × 10^6 > 2^63
    }

    @Test
    void anUnknownRateGivesZero() {
        assertEquals(0, BootTime.micros(1_000, 0));
    }
}
