package java.lang;

/**
 * Threads, as far as a program on the VM's one thread needs them: sleeping and the spin-wait
 * hint. Nothing can interrupt that thread, so a sleep ends only at its time. The VM blocks the
 * processor while it sleeps (docs/ARCHITECTURE.md, "Time and idle").
 */
public class Thread {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Thread() {
    }

    /** Sleeps at least {@code millis} milliseconds. */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleepNanos(millis > Long.MAX_VALUE / NANOS_PER_MILLI ? Long.MAX_VALUE : millis * NANOS_PER_MILLI);
    }

    /** Sleeps at least {@code millis} milliseconds and {@code nanos} (0..999999) nanoseconds. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        boolean overflows = millis > (Long.MAX_VALUE - nanos) / NANOS_PER_MILLI;
        sleepNanos(overflows ? Long.MAX_VALUE : millis * NANOS_PER_MILLI + nanos);
    }

    /** A hint that the thread could give way: with one thread there is nobody to give way to. */
    public static void yield() {
    }

    /** A hint that the caller is spinning. */
    public static void onSpinWait() {
    }

    /** Blocks the processor for {@code nanos} nanoseconds (VM intrinsic). */
    private static native void sleepNanos(long nanos);
}
