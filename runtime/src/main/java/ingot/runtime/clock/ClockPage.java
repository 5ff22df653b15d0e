package ingot.runtime.clock;

/**
 * How the clock uses the boot shim's clock page (boot-information offset 184, one 4 KiB page of
 * the image's .bss, physical = virtual): kvmclock's time record, kvmclock's wall-clock record, and
 * the argument of Xen's SCHEDOP_poll. The offsets keep each record in its own cache line.
 */
final class ClockPage {
    /** pvclock_vcpu_time_info (32 bytes, 4-byte aligned) that kvmclock keeps current. */
    static final int KVM_TIME = 0;
    /** pvclock_wall_clock (12 bytes) that KVM writes when its MSR is written. */
    static final int KVM_WALL_CLOCK = 64;
    /** struct sched_poll (24 bytes) for SCHEDOP_poll. */
    static final int XEN_POLL = 128;

    private ClockPage() {
    }
}
