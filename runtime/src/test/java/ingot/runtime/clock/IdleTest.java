package ingot.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sleeping: on Xen one SCHEDOP_poll (no ports, events masked) until Xen's system time reaches the
 * deadline; elsewhere hlt woken by the local APIC timer, armed short of the deadline so that a
 * timer rate measured a little high never oversleeps. Never a spin: the simulated machine's time
 * moves only in the hypercall and in hlt, besides the cost of the accesses themselves.
 */
class IdleTest {
    private static final long GHZ = 1_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void onXenOnePollReachesTheDeadline() {
        try (SimulatedMachine m = new SimulatedMachine(3 * GHZ, BootFacts.PLATFORM_XEN)) {
            m.xenSharedInfo(1_795_000_000L, 0);
            long start = Clock.nanoTime();
            Idle.sleep(SECOND);
            long end = Clock.nanoTime();
            assertTrue(end - start >= SECOND && end - start < SECOND + 10_000, "slept " + (end - start));
            assertEquals(1, m.hypercalls.stream().filter(h -> h.equals("29/3")).count(), m.hypercalls.toString());
            long deadline = m.memory.load(SimulatedMachine.CLOCK_PAGE + ClockPage.XEN_POLL + XenTime.POLL_TIMEOUT, 8);
            assertTrue(deadline >= start + SECOND && deadline <= end, "the deadline is Xen system time: " + deadline);
            assertEquals(0, m.halts);
        }
    }

    @Test
    void offXenTheApicTimerWakesTheHaltedProcessorAtTheDeadline() {
        try (SimulatedMachine m = new SimulatedMachine(2 * GHZ + 500_000_000L, BootFacts.PLATFORM_TCG)) {
            long start = Clock.nanoTime();
            Idle.sleep(SECOND);
            long slept = Clock.nanoTime() - start;
            assertTrue(slept >= SECOND && slept < SECOND + 100_000, "slept " + slept);
            assertTrue(m.halts >= 2 && m.halts <= 12, "the calibration and a few wake-ups: " + m.halts + " hlts");
            assertEquals(0xFF, m.portWrites.get(ApicTimer.PIC_MASTER_DATA), "legacy PIC masked");
            assertEquals(0xFF, m.portWrites.get(ApicTimer.PIC_SLAVE_DATA));
            assertEquals(ApicTimer.SOFTWARE_ENABLE | ApicTimer.SPURIOUS_VECTOR,
                    m.memory.load(SimulatedMachine.APIC + ApicTimer.SPURIOUS, 4));
            assertEquals(ApicTimer.DIVIDE_BY_1, m.memory.load(SimulatedMachine.APIC + ApicTimer.DIVIDE, 4));
            assertEquals(0, m.memory.load(SimulatedMachine.APIC + ApicTimer.INITIAL_COUNT, 4), "the timer is stopped");
            ClockTest.assertClose(GHZ, ApicTimer.ticksPerSecond(), GHZ / 100);
        }
    }

    @Test
    void aSlowTimerAndLongSleepsAreArmedASecondAtATime() {
        try (SimulatedMachine m = new SimulatedMachine(2 * GHZ, BootFacts.PLATFORM_TCG)) {
            m.apicTicksPerSecond = 100_000_000L;
            long start = Clock.nanoTime();
            Idle.sleep(5 * SECOND);
            long slept = Clock.nanoTime() - start;
            assertTrue(slept >= 5 * SECOND && slept < 5 * SECOND + 100_000, "slept " + slept);
            assertTrue(m.halts >= 6, "at most a second per wait: " + m.halts + " hlts");
        }
    }

    @Test
    void aDisabledApicIsEnabledFirst() {
        try (SimulatedMachine m = new SimulatedMachine(2 * GHZ, BootFacts.PLATFORM_OTHER)) {
            m.msrs.put(ApicTimer.MSR_APIC_BASE, SimulatedMachine.APIC | 0x100);
            Idle.sleep(1_000_000);
            assertEquals(SimulatedMachine.APIC | 0x900, m.msrs.get(ApicTimer.MSR_APIC_BASE));
        }
    }

    @Test
    void sleepingZeroOrLessReturnsAtOnce() {
        try (SimulatedMachine m = new SimulatedMachine(2 * GHZ, BootFacts.PLATFORM_TCG)) {
            Idle.sleep(0);
            Idle.sleep(-5);
            assertEquals(0, m.halts);
            assertTrue(m.portWrites.isEmpty(), "no device touched: " + m.portWrites);
        }
    }

    @Test
    void aFifteenSixteenthsArmingNeverOvershootsARateMeasuredHigh() {
        try (SimulatedMachine m = new SimulatedMachine(2 * GHZ, BootFacts.PLATFORM_TCG)) {
            Idle.sleep(1_000); // sets the timer up and measures it
            m.apicTicksPerSecond = GHZ * 96 / 100; // the timer turns out 4% slower than measured
            long start = Clock.nanoTime();
            Idle.sleep(SECOND);
            long slept = Clock.nanoTime() - start;
            assertTrue(slept >= SECOND && slept < SECOND + 100_000, "slept " + slept);
        }
    }
}
