package ingot.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pvclock record read as a seqlock: a reading taken while the hypervisor rewrites it is retried. */
class PvClockTest {
    private static final long RECORD = SimulatedMachine.CLOCK_PAGE;

    @Test
    void nowIsSystemTimePlusTheScaledTicksSinceTheStamp() {
        try (SimulatedMachine m = new SimulatedMachine(2_000_000_000L, BootFacts.PLATFORM_OTHER)) {
            m.pvclockRecord(RECORD, 1_000);
            m.tsc = 4_000_000_000L;
            long now = PvClock.nanos(RECORD);
            assertEquals(1_000 + 2_000_000_000L + 15, now); // rdtsc itself costs 30 ticks: 15 ns
            assertTrue(Math.abs(PvClock.tscFrequency(RECORD) - 2_000_000_000L) <= 1);
        }
    }

    @Test
    void aRecordRewrittenDuringTheReadIsReadAgain() {
        SimulatedMachine[] machine = new SimulatedMachine[1];
        int[] calls = {0};
        try (SimulatedMachine m = new SimulatedMachine(1_000_000_000L, BootFacts.PLATFORM_OTHER) {
            @Override
            public long rdtsc() {
                calls[0]++;
                if (calls[0] == 1) { // the hypervisor rewrites the record between the reader's loads
                    machine[0].memory.store(RECORD + PvClock.VERSION, 4, 6);
                    machine[0].memory.store(RECORD + PvClock.SYSTEM_TIME, 8, 500_000);
                }
                return super.rdtsc();
            }
        }) {
            machine[0] = m;
            m.pvclockRecord(RECORD, 0);
            m.tsc = 0;
            long now = PvClock.nanos(RECORD);
            assertEquals(2, calls[0], "read again once the version changed");
            assertTrue(now >= 500_000 && now < 501_000, "the new system time counts: " + now);
        }
    }

    @Test
    void aStampAheadOfTheCounterCountsAsNow() {
        try (SimulatedMachine m = new SimulatedMachine(1_000_000_000L, BootFacts.PLATFORM_OTHER)) {
            m.pvclockRecord(RECORD, 9_000);
            m.memory.store(RECORD + PvClock.TSC_TIMESTAMP, 8, 1L << 40);
            assertEquals(9_000, PvClock.nanos(RECORD));
        }
    }
}
