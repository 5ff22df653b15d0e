package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Xen's time through shared_info (offsets mirror xen/include/public/xen.h, x86-64): vcpu 0's
 * pvclock record, the wall clock (wc_version @0xC00, wc_sec @0xC04, wc_nsec @0xC08, wc_sec_hi
 * @0xC0C: the wall time at system time 0), and waiting with SCHEDOP_poll (sched.h): no ports and
 * a timeout in system time, so the vcpu blocks until then, with events left masked — no event
 * callback or interrupt is needed, and an event that arrives early only ends one poll.
 */
@Uninterruptible("a hypervisor driver")
final class XenTime {
    /** vcpu_info[0].time: the first vcpu_info's pvclock record. */
    static final int VCPU0_TIME = 32;
    /** vcpu_info[0].evtchn_upcall_mask. */
    static final int VCPU0_UPCALL_MASK = 1;
    static final int WC_VERSION = 0xC00;
    static final int WC_SEC = 0xC04;
    static final int WC_NSEC = 0xC08;
    static final int WC_SEC_HI = 0xC0C;

    static final long HYPERVISOR_SCHED_OP = 29;
    static final long SCHEDOP_YIELD = 0;
    static final long SCHEDOP_POLL = 3;
    /** struct sched_poll: ports handle @0, u32 nr_ports @8, u64 timeout @16. */
    static final int POLL_PORTS = 0;
    static final int POLL_COUNT = 8;
    static final int POLL_TIMEOUT = 16;

    private XenTime() {
    }

    /** vcpu 0's pvclock record in the shared_info page at {@code sharedInfo}. */
    static long timeRecord(long sharedInfo) {
        return sharedInfo + VCPU0_TIME;
    }

    /** The wall time at system time 0, in nanoseconds since 1970-01-01T00:00Z. */
    static long wallNanosAtZero(long sharedInfo) {
        int version;
        long seconds;
        long nanos;
        do {
            version = Seqlock.begin(sharedInfo + WC_VERSION);
            seconds = (Mem.loadInt(sharedInfo + WC_SEC) & 0xFFFF_FFFFL)
                    | ((long) Mem.loadInt(sharedInfo + WC_SEC_HI) << 32);
            nanos = Mem.loadInt(sharedInfo + WC_NSEC) & 0xFFFF_FFFFL;
        } while (Seqlock.changed(sharedInfo + WC_VERSION, version));
        return seconds * TscScale.NANOS_PER_SECOND + nanos;
    }

    /**
     * Blocks until Xen's system time reaches {@code deadline} (which nanoTime is on Xen). Each
     * SCHEDOP_poll returns at the deadline or at an earlier event; a poll Xen refuses falls back
     * to SCHEDOP_yield, so the wait still ends.
     */
    static void sleepUntil(long sharedInfo, long pollArgument, long deadline) {
        Mem.storeByte(sharedInfo + VCPU0_UPCALL_MASK, (byte) 1); // no upcalls: nothing handles them
        Mem.storeLong(pollArgument + POLL_PORTS, 0);
        Mem.storeLong(pollArgument + POLL_COUNT, 0);
        Mem.storeLong(pollArgument + POLL_TIMEOUT, deadline);
        while (PvClock.nanos(timeRecord(sharedInfo)) < deadline) {
            long status = Mem.hypercall(HYPERVISOR_SCHED_OP, SCHEDOP_POLL, pollArgument, 0, 0, 0);
            if (status < 0) {
                Mem.hypercall(HYPERVISOR_SCHED_OP, SCHEDOP_YIELD, 0, 0, 0, 0);
            }
        }
    }
}
