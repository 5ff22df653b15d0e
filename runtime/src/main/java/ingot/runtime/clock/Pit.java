package ingot.runtime.clock;

import ingot.runtime.mem.Mem;

/**
 * Measures the TSC against the 8254 PIT, whose counters tick at 1,193,182 Hz. Channel 0 is set
 * to mode 2 (rate generator) with a period of 65536 and read back through latch commands
 * (command port 0x43, data port 0x40) — channel 2's gate on port 0x61 is missing on QEMU's
 * microvm. Channel 0's interrupt (IRQ 0) stays masked at the PICs and the I/O APIC.
 *
 * <p>Each end of the {@link #WINDOW_TICKS} window (10 ms) is the tightest of {@link #END_SAMPLES}
 * samples, a sample being a PIT reading between two TSC readings: a processor that was
 * descheduled during a sample (a virtual CPU under a loaded host) makes it wide and loses it. The
 * error is then about a PIT tick per end (0.02%). Samples in between only count the PIT's wraps.
 */
final class Pit {
    static final long PIT_HZ = 1_193_182;
    static final int COMMAND = 0x43;
    static final int CHANNEL0 = 0x40;
    /** Channel 0, low byte then high byte, mode 2, binary. */
    static final int CHANNEL0_MODE2 = 0x34;
    /** Channel 0, counter latch. */
    static final int LATCH_CHANNEL0 = 0x00;
    static final long WINDOW_TICKS = PIT_HZ / 100;
    static final int END_SAMPLES = 8;
    /** Samples in a row without a tick before the PIT counts as absent. */
    static final int STUCK_SAMPLES = 1000;

    private static int lastCount;
    private static long ticks;
    private static long sampleTsc;
    private static long sampleWidth;
    private static long tightTicks;
    private static long tightTsc;

    private Pit() {
    }

    /** The TSC's ticks per second; 0 when the PIT does not count. */
    static long tscHz() {
        Mem.outByte(COMMAND, CHANNEL0_MODE2);
        Mem.outByte(CHANNEL0, 0);
        Mem.outByte(CHANNEL0, 0);
        lastCount = count();
        ticks = 0;
        tightestSample();
        long startTicks = tightTicks;
        long startTsc = tightTsc;
        int unchanged = 0;
        while (ticks - startTicks < WINDOW_TICKS) {
            long before = ticks;
            sample();
            unchanged = ticks == before ? unchanged + 1 : 0;
            if (unchanged >= STUCK_SAMPLES) {
                return 0;
            }
        }
        tightestSample();
        return (tightTsc - startTsc) * PIT_HZ / (tightTicks - startTicks);
    }

    /** Takes END_SAMPLES samples; leaves the tightest one's tick count and TSC in tightTicks and tightTsc. */
    private static void tightestSample() {
        long bestWidth = Long.MAX_VALUE;
        for (int i = 0; i < END_SAMPLES; i++) {
            sample();
            if (sampleWidth < bestWidth) {
                bestWidth = sampleWidth;
                tightTicks = ticks;
                tightTsc = sampleTsc;
            }
        }
    }

    /** One PIT reading between two TSC readings: advances {@link #ticks} by the PIT's ticks since the last one. */
    private static void sample() {
        long before = Mem.rdtsc();
        int now = count();
        long after = Mem.rdtsc();
        ticks += (lastCount - now) & 0xFFFF;
        lastCount = now;
        sampleWidth = after - before;
        sampleTsc = before + sampleWidth / 2;
    }

    private static int count() {
        Mem.outByte(COMMAND, LATCH_CHANNEL0);
        int low = Mem.inByte(CHANNEL0);
        return low | Mem.inByte(CHANNEL0) << 8;
    }
}
