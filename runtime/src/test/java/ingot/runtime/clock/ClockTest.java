package ingot.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The clock's source on each platform, its wall clock, and nanoTime never going back. */
class ClockTest {
    private static final long GHZ_2_5 = 2_500_000_000L;
    private static final long WALL_SECONDS = 1_795_000_000L;

    @Test
    void onXenNanoTimeIsXensSystemTime() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_XEN)) {
            m.xenSharedInfo(WALL_SECONDS, 0);
            long before = m.xenSystemTime();
            long now = Clock.nanoTime();
            assertTrue(before <= now && now <= m.xenSystemTime(), before + " <= " + now);
            assertClose(GHZ_2_5, Clock.tscFrequency(), 1);
            assertTrue(Clock.onXenTime());
            assertTrue(m.portWrites.isEmpty(), "nothing measured: " + m.portWrites);
        }
    }

    @Test
    void onXenTheWallClockIsSharedInfosPlusSystemTime() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_XEN)) {
            m.xenSharedInfo(WALL_SECONDS + (1L << 32), 250_000_000); // wc_sec_hi: after 2106
            long base = (WALL_SECONDS + (1L << 32)) * 1000 + 250;
            long before = base + m.xenSystemTime() / 1_000_000;
            long millis = Clock.currentTimeMillis();
            assertTrue(millis >= before && millis <= base + m.xenSystemTime() / 1_000_000, before + " <= " + millis);
        }
    }

    @Test
    void onXenWithoutAFilledRecordTheTscIsMeasured() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_XEN)) {
            assertClose(GHZ_2_5, Clock.tscFrequency(), GHZ_2_5 / 5000);
            assertFalse(Clock.onXenTime());
        }
    }

    @Test
    void onKvmTheClockRegistersKvmclockThroughTheNewMsrs() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_KVM)) {
            m.kvmLeaves(KvmClock.FEATURE_CLOCKSOURCE2 | KvmClock.FEATURE_CLOCKSOURCE);
            long before = m.realNanos();
            long now = Clock.nanoTime();
            assertTrue(before <= now && now <= m.realNanos(), before + " <= " + now);
            assertEquals(SimulatedMachine.CLOCK_PAGE + ClockPage.KVM_TIME + 1, m.msrs.get(KvmClock.MSR_SYSTEM_TIME_NEW));
            assertEquals(SimulatedMachine.CLOCK_PAGE + ClockPage.KVM_WALL_CLOCK, m.msrs.get(KvmClock.MSR_WALL_CLOCK_NEW));
            long wall = 1_700_000_000_250L + m.realNanos() / 1_000_000;
            assertClose(wall, Clock.currentTimeMillis(), 1);
            assertFalse(Clock.onXenTime());
        }
    }

    @Test
    void anOlderKvmOffersTheOldMsrs() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_KVM)) {
            m.kvmLeaves(KvmClock.FEATURE_CLOCKSOURCE);
            Clock.nanoTime();
            assertEquals(SimulatedMachine.CLOCK_PAGE + ClockPage.KVM_TIME + 1, m.msrs.get(KvmClock.MSR_SYSTEM_TIME));
            assertFalse(m.msrs.containsKey(KvmClock.MSR_SYSTEM_TIME_NEW));
        }
    }

    @Test
    void aKvmWithoutKvmclockMeasuresTheTscAgainstThePit() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_KVM)) {
            m.kvmLeaves(0);
            assertClose(GHZ_2_5, Clock.tscFrequency(), GHZ_2_5 / 5000);
            assertTrue(m.msrs.keySet().stream().noneMatch(msr -> msr != ApicTimer.MSR_APIC_BASE), m.msrs.toString());
        }
    }

    @Test
    void underTcgTheTscIsMeasuredAgainstThePitAndCountsFromKernelEntry() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_TCG)) {
            m.cpuidLeaves.put(0, new int[] {0x16, 0, 0, 0});
            m.cpuidLeaves.put(0x15, new int[] {1, 1, 1_000_000_000, 0}); // TCG's leaf would say 1 GHz: not asked
            long hz = Clock.tscFrequency();
            assertClose(GHZ_2_5, hz, GHZ_2_5 / 5000); // 0.02%
            long expected = (m.tsc - SimulatedMachine.ENTRY_TSC) * 1_000_000_000L / GHZ_2_5;
            assertClose(expected, Clock.nanoTime(), expected / 5000 + 100);
            assertTrue(m.portWrites.containsKey(Pit.COMMAND), "the PIT was read: " + m.portWrites);
        }
    }

    @Test
    void offTcgCpuidLeaf15GivesTheRate() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_OTHER)) {
            m.cpuidLeaves.put(0, new int[] {0x16, 0, 0, 0});
            m.cpuidLeaves.put(0x15, new int[] {2, 200, 25_000_000, 0});
            assertEquals(GHZ_2_5, Clock.tscFrequency(), 1);
            assertTrue(m.portWrites.isEmpty(), "the PIT is not used: " + m.portWrites);
        }
    }

    @Test
    void withoutAPitTheRateIsAssumed() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_TCG)) {
            m.pitPresent = false;
            assertClose(Clock.FALLBACK_TSC_HZ, Clock.tscFrequency(), 1);
        }
    }

    @Test
    void theCmosClockGivesTheWallTimeOffXen() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_TCG)) {
            m.cmosTime(20, 26, 11, 27, 20, 7, 17);
            long expected = LocalDateTime.of(2026, 11, 27, 20, 7, 17).toEpochSecond(ZoneOffset.UTC) * 1000;
            long millis = Clock.currentTimeMillis();
            assertTrue(millis >= expected && millis < expected + 100, expected + " vs " + millis);
            m.advanceNanos(3_000_000_000L);
            assertClose(expected + 3000, Clock.currentTimeMillis(), 100);
        }
    }

    @Test
    void aTwelveHourBinaryCmosClock() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_TCG)) {
            m.cmosTime(20, 24, 2, 29, 0, 0, 0);
            m.cmos.put(Cmos.STATUS_B, Cmos.BINARY);
            m.cmos.put(Cmos.HOURS, Cmos.PM | 11);
            m.cmos.put(Cmos.MINUTES, 59);
            m.cmos.put(Cmos.SECONDS, 30);
            m.cmos.put(Cmos.DAY, 29);
            m.cmos.put(Cmos.MONTH, 2);
            m.cmos.put(Cmos.YEAR, 24);
            m.cmos.put(Cmos.CENTURY, 20);
            long expected = LocalDateTime.of(2024, 2, 29, 23, 59, 30).toEpochSecond(ZoneOffset.UTC);
            assertEquals(expected, Clock.currentTimeMillis() / 1000);
        }
    }

    @Test
    void withoutACmosClockTheWallClockStartsAt1970() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_TCG)) {
            assertEquals(Clock.nanoTime() / 1_000_000, Clock.currentTimeMillis(), 50);
        }
    }

    @Test
    void nanoTimeNeverGoesBack() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_XEN)) {
            m.xenSharedInfo(WALL_SECONDS, 0);
            long first = Clock.nanoTime();
            m.memory.store(SimulatedMachine.SHARED_INFO + XenTime.VCPU0_TIME + PvClock.SYSTEM_TIME, 8, 0);
            assertEquals(first, Clock.nanoTime());
        }
    }

    @Test
    void withoutABootRecordThePlatformIsUnknown() {
        try (SimulatedMachine m = new SimulatedMachine(GHZ_2_5, BootFacts.PLATFORM_XEN)) {
            Clock.boot(0);
            long before = m.tsc;
            assertClose(GHZ_2_5, Clock.tscFrequency(), GHZ_2_5 / 5000);
            assertTrue(Clock.nanoTime() < (m.tsc - before) * 1_000_000_000L / GHZ_2_5 + 1000,
                    "counted from the first use, not from an entry TSC");
        }
    }

    static void assertClose(long expected, long actual, long tolerance) {
        assertTrue(Math.abs(expected - actual) <= tolerance, "expected " + expected + " ± " + tolerance + ", got " + actual);
    }
}
