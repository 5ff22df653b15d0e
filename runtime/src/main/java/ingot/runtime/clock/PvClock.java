package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Reads a pvclock record — Xen's vcpu_time_info (xen/include/public/xen.h) or KVM's
 * pvclock_vcpu_time_info, the same 32 bytes: u32 version @0, u64 tsc_timestamp @8, u64
 * system_time @16, u32 tsc_to_system_mul @24, i8 tsc_shift @28. The hypervisor rewrites it with
 * an odd version while it does, so a reader retries while the version is odd or changed.
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
        while (true) {
            int version = Mem.loadInt(record + VERSION);
            Mem.loadFence();
            long stamp = Mem.loadLong(record + TSC_TIMESTAMP);
            long system = Mem.loadLong(record + SYSTEM_TIME);
            int mul = Mem.loadInt(record + MUL);
            int shift = Mem.loadByte(record + SHIFT);
            long tsc = Mem.rdtsc();
            Mem.loadFence();
            if ((version & 1) == 0 && version == Mem.loadInt(record + VERSION)) {
                long ticks = tsc - stamp;
                return system + TscScale.toNanos(ticks < 0 ? 0 : ticks, mul, shift);
            }
        }
    }

    /** The TSC's ticks per second the record states; 0 when the hypervisor has not filled it. */
    public static long tscFrequency(long record) {
        while (true) {
            int version = Mem.loadInt(record + VERSION);
            Mem.loadFence();
            int mul = Mem.loadInt(record + MUL);
            int shift = Mem.loadByte(record + SHIFT);
            Mem.loadFence();
            if ((version & 1) == 0 && version == Mem.loadInt(record + VERSION)) {
                return TscScale.frequency(mul, shift);
            }
        }
    }
}
