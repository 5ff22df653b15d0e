package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * KVM's paravirtual clock (Linux Documentation/virt/kvm/x86/msr.rst, cpuid.rst): CPUID
 * 0x40000001 EAX bit 3 (KVM_FEATURE_CLOCKSOURCE2) offers MSRs 0x4b564d01 (system time) and
 * 0x4b564d00 (wall clock), bit 0 the older 0x12 and 0x11. Writing the system-time MSR with a
 * record's physical address | 1 makes KVM keep a pvclock record there; writing the wall-clock MSR
 * with an address makes KVM write the wall time at system time 0 there once (u32 version, u32
 * sec, u32 nsec).
 */
final class KvmClock {
    static final int CPUID_SIGNATURE = 0x4000_0000;
    static final int CPUID_FEATURES = 0x4000_0001;
    static final int FEATURE_CLOCKSOURCE = 1;
    static final int FEATURE_CLOCKSOURCE2 = 1 << 3;
    static final int MSR_WALL_CLOCK = 0x11;
    static final int MSR_SYSTEM_TIME = 0x12;
    static final int MSR_WALL_CLOCK_NEW = 0x4b56_4d00;
    static final int MSR_SYSTEM_TIME_NEW = 0x4b56_4d01;
    static final long ENABLE = 1;

    private KvmClock() {
    }

    /**
     * Registers kvmclock's records in the clock page when KVM offers it; true when KVM has then
     * filled the time record.
     */
    static boolean register(long clockPage) {
        int[] registers = new int[4];
        Mem.cpuid(CPUID_SIGNATURE, 0, registers);
        if (registers[0] < CPUID_FEATURES) {
            return false;
        }
        Mem.cpuid(CPUID_FEATURES, 0, registers);
        int features = registers[0];
        boolean modern = (features & FEATURE_CLOCKSOURCE2) != 0;
        if (!modern && (features & FEATURE_CLOCKSOURCE) == 0) {
            return false;
        }
        Mem.wrmsr(modern ? MSR_SYSTEM_TIME_NEW : MSR_SYSTEM_TIME, (clockPage + ClockPage.KVM_TIME) | ENABLE);
        Mem.wrmsr(modern ? MSR_WALL_CLOCK_NEW : MSR_WALL_CLOCK, clockPage + ClockPage.KVM_WALL_CLOCK);
        return PvClock.tscFrequency(clockPage + ClockPage.KVM_TIME) != 0;
    }

    /** The wall time at kvmclock's system time 0, in nanoseconds since 1970, from the registered record. */
    @Uninterruptible("reads the hypervisor's record")
    static long wallNanosAtZero(long clockPage) {
        long record = clockPage + ClockPage.KVM_WALL_CLOCK;
        int version;
        long seconds;
        long nanos;
        do {
            version = Seqlock.begin(record);
            seconds = Mem.loadInt(record + 4) & 0xFFFF_FFFFL;
            nanos = Mem.loadInt(record + 8) & 0xFFFF_FFFFL;
        } while (Seqlock.changed(record, version));
        return seconds * TscScale.NANOS_PER_SECOND + nanos;
    }
}
