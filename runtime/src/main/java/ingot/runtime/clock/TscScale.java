package ingot.runtime.clock;

import ingot.runtime.mem.Uninterruptible;

/**
 * Counter ticks to nanoseconds the pvclock way (Xen's vcpu_time_info, KVM's
 * pvclock_vcpu_time_info): {@code ns = ((ticks << shift) * mul) >> 32}, a right shift for a
 * negative {@code shift}, {@code mul} an unsigned 32-bit fraction and the product 96 bits wide.
 * A counter calibrated here gets the same pair ({@link #shiftFor}, {@link #mulFor}).
 */
@Uninterruptible("time arithmetic of the clock readers")
public final class TscScale {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long UNSIGNED_INT = 0xFFFF_FFFFL;

    private TscScale() {
    }

    /** Nanoseconds in {@code ticks} (non-negative) of a counter scaled by {@code mul} and {@code shift}. */
    public static long toNanos(long ticks, int mul, int shift) {
        long shifted = shift < 0 ? ticks >>> -shift : ticks << shift;
        long m = mul & UNSIGNED_INT;
        return (shifted >>> 32) * m + (((shifted & UNSIGNED_INT) * m) >>> 32);
    }

    /** The shift that brings {@code hz} (positive) into (1 GHz, 2 GHz], where mul keeps 31 bits or more. */
    public static int shiftFor(long hz) {
        int shift = 0;
        long scaled = hz;
        while (scaled > 2 * NANOS_PER_SECOND) {
            scaled >>>= 1;
            shift--;
        }
        while (scaled <= NANOS_PER_SECOND) {
            scaled <<= 1;
            shift++;
        }
        return shift;
    }

    /** The multiplier for a counter of {@code hz} ticks per second with {@code shift} = shiftFor(hz). */
    public static int mulFor(long hz, int shift) {
        long scaled = shift < 0 ? hz >>> -shift : hz << shift;
        return (int) ((NANOS_PER_SECOND << 32) / scaled);
    }

    /** The counter's ticks per second that {@code mul} and {@code shift} describe; 0 when mul is 0. */
    public static long frequency(int mul, int shift) {
        long m = mul & UNSIGNED_INT;
        if (m == 0) {
            return 0;
        }
        long hz = (NANOS_PER_SECOND << 32) / m;
        return shift < 0 ? hz << -shift : hz >>> shift;
    }
}
