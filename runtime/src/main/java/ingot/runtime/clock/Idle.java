package ingot.runtime.clock;

/**
 * Waiting without spinning, for {@code Thread.sleep} and timed {@code Object.wait} (one thread:
 * the processor blocks until the deadline). On Xen the vcpu blocks in SCHEDOP_poll until the
 * deadline in Xen's system time; elsewhere the processor halts until the local APIC timer wakes
 * it. Either way the wait ends when {@link Clock#nanoTime()} has reached the deadline, never
 * before.
 */
public final class Idle {
    private Idle() {
    }

    /** Waits {@code nanos} nanoseconds (nothing when it is 0 or less; a deadline past Long.MAX_VALUE is never). */
    public static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        long start = Clock.nanoTime();
        long deadline = start + nanos;
        sleepUntil(deadline < start ? Long.MAX_VALUE : deadline);
    }

    /** Waits until nanoTime reaches {@code deadline}. */
    public static void sleepUntil(long deadline) {
        if (Clock.onXenTime()) {
            XenTime.sleepUntil(Clock.sharedInfo(), Clock.clockPage() + ClockPage.XEN_POLL, deadline);
        } else {
            ApicTimer.sleepUntil(deadline);
        }
    }
}
