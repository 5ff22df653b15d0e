package ingot.runtime.clock;

import ingot.runtime.mem.Mem;

/**
 * {@code System.nanoTime} and {@code System.currentTimeMillis}. The source is chosen at the first
 * use, from the boot record ({@link #boot}):
 * <ul>
 * <li>Xen (PVH or PV): the pvclock record of vcpu 0 in shared_info — nanoTime is Xen's system
 *     time; the wall clock is shared_info's, read at every call;</li>
 * <li>KVM with kvmclock: the same kind of record, registered in the clock page; KVM's wall clock,
 *     read once;</li>
 * <li>otherwise (QEMU TCG, a KVM without kvmclock, other): the TSC counted from kernel entry, its
 *     rate from CPUID leaf 0x15 (not under TCG) or measured against the PIT (10 ms, once); the
 *     CMOS clock, read once, for the wall clock (1970 plus the uptime when there is none).</li>
 * </ul>
 * nanoTime never decreases: a reading below the last one returns the last one.
 */
public final class Clock {
    static final int NONE = 0;
    static final int PVCLOCK = 1;
    static final int TSC = 2;
    /** The rate assumed when nothing could measure the TSC. */
    static final long FALLBACK_TSC_HZ = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private static long bootInfo;
    private static int source;
    private static long record;
    private static long tscBase;
    private static int mul;
    private static int shift;
    private static long last;
    private static boolean wallKnown;
    private static long wallAtZero;

    private Clock() {
    }

    /** Takes the boot record (0: none) and forgets any source chosen before; no hardware is touched. */
    public static void boot(long bootInfoAddress) {
        bootInfo = bootInfoAddress;
        source = NONE;
        last = 0;
        wallKnown = false;
        ApicTimer.reset();
    }

    /** Nanoseconds on a clock that never goes back; its zero is arbitrary. */
    public static long nanoTime() {
        ensureChosen();
        long now = source == PVCLOCK ? PvClock.nanos(record) : tscNanos();
        if (now < last) {
            return last;
        }
        last = now;
        return now;
    }

    /** Milliseconds since 1970-01-01T00:00Z. */
    public static long currentTimeMillis() {
        ensureChosen();
        long wall = wallAtZero(); // first: reading the CMOS clock may take the first nanoTime
        return (wall + nanoTime()) / NANOS_PER_MILLI;
    }

    /** The TSC's ticks per second, as the chosen source knows it. */
    public static long tscFrequency() {
        ensureChosen();
        return source == PVCLOCK ? PvClock.tscFrequency(record) : TscScale.frequency(mul, shift);
    }

    /** True when nanoTime is Xen's system time, so Xen's timers take its values as deadlines. */
    static boolean onXenTime() {
        ensureChosen();
        return source == PVCLOCK && BootFacts.platform(bootInfo) == BootFacts.PLATFORM_XEN;
    }

    static long sharedInfo() {
        return BootFacts.sharedInfo(bootInfo);
    }

    static long clockPage() {
        return BootFacts.clockPage(bootInfo);
    }

    private static long tscNanos() {
        long ticks = Mem.rdtsc() - tscBase;
        return TscScale.toNanos(ticks < 0 ? 0 : ticks, mul, shift);
    }

    private static void ensureChosen() {
        if (source == NONE) {
            choose();
        }
    }

    private static void choose() {
        int platform = BootFacts.platform(bootInfo);
        long sharedInfo = sharedInfo();
        if (platform == BootFacts.PLATFORM_XEN && sharedInfo != 0
                && PvClock.tscFrequency(XenTime.timeRecord(sharedInfo)) != 0) {
            usePvClock(XenTime.timeRecord(sharedInfo));
        } else if (platform == BootFacts.PLATFORM_KVM && clockPage() != 0 && KvmClock.register(clockPage())) {
            usePvClock(clockPage() + ClockPage.KVM_TIME);
        } else {
            useTsc(measureTsc(platform));
        }
    }

    private static void usePvClock(long pvclockRecord) {
        record = pvclockRecord;
        source = PVCLOCK;
    }

    private static long measureTsc(int platform) {
        long hz = platform == BootFacts.PLATFORM_TCG ? 0 : CpuidTsc.tscHz();
        if (hz == 0) {
            hz = Pit.tscHz();
        }
        return hz > 0 ? hz : FALLBACK_TSC_HZ;
    }

    private static void useTsc(long hz) {
        long entry = BootFacts.entryTsc(bootInfo);
        tscBase = entry != 0 ? entry : Mem.rdtsc();
        shift = TscScale.shiftFor(hz);
        mul = TscScale.mulFor(hz, shift);
        source = TSC;
    }

    /** The wall time at nanoTime 0, in nanoseconds since 1970 (a long holds them until 2262). */
    private static long wallAtZero() {
        if (BootFacts.platform(bootInfo) == BootFacts.PLATFORM_XEN && source == PVCLOCK) {
            return XenTime.wallNanosAtZero(sharedInfo());
        }
        if (!wallKnown) {
            wallAtZero = readWallAtZero();
            wallKnown = true;
        }
        return wallAtZero;
    }

    private static long readWallAtZero() {
        if (source == PVCLOCK) {
            return KvmClock.wallNanosAtZero(clockPage());
        }
        long seconds = Cmos.epochSeconds();
        return seconds == Cmos.ABSENT ? 0 : seconds * TscScale.NANOS_PER_SECOND - nanoTime();
    }
}
