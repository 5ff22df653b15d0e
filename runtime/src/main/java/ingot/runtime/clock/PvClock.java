package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Reads a pvclock record — Xen's vcpu_time_info (xen/include/public/xen.h) or KVM's
 * pvclock_vcpu_time_info, the same 32 bytes: u32 version @0, u64 tsc_timestamp @8, u64
 * system_time @16, u32 tsc_to_system_mul @24, i8 tsc_shift @28, read as a {@link Seqlock}.
 * Now = system_time + scale(rdtsc - tsc_timestamp).
 */
@Uninterruptible("reads the hypervisor's time record")
public final class PvClock {
    static final int VERSION = 0;
    static final int TSC_TIMESTAMP = 8;
    static final int SYSTEM_TIME = 16;
    static final int MUL = 24;
    static final int SHIFT = 28;

    private PvClock() {
    }

    /** The record's system time now, in nanoseconds. */
    public static long nanos(long record) {
        int version;
        long stamp;
        long system;
        int mul;
        int shift;
        long tsc;
        do {
            version = Seqlock.begin(record + VERSION);
            stamp = Mem.loadLong(record + TSC_TIMESTAMP);
            system = Mem.loadLong(record + SYSTEM_TIME);
            mul = Mem.loadInt(record + MUL);
            shift = Mem.loadByte(record + SHIFT);
            tsc = Mem.rdtsc();
        } while (Seqlock.changed(record + VERSION, version));
        long ticks = tsc - stamp;
        return system + TscScale.toNanos(ticks < 0 ? 0 : ticks, mul, shift);
    }

    /** The TSC's ticks per second the record states; 0 when the hypervisor has not filled it. */
    public static long tscFrequency(long record) {
        int version;
        int mul;
        int shift;
        do {
            version = Seqlock.begin(record + VERSION);
            mul = Mem.loadInt(record + MUL);
            shift = Mem.loadByte(record + SHIFT);
        } while (Seqlock.changed(record + VERSION, version));
        return TscScale.frequency(mul, shift);
    }
}
