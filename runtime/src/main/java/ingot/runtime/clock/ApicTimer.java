package ingot.runtime.clock;

import ingot.runtime.mem.Mem;

/**
 * Waiting off Xen: the local APIC timer in one-shot mode wakes a {@code hlt}
 * ({@link Mem#waitForInterrupt}). Registers (Intel SDM vol. 3, "APIC timer"), memory-mapped at
 * the base that IA32_APIC_BASE (MSR 0x1B) holds: EOI 0xB0, spurious-interrupt vector 0xF0 (bit 8
 * enables the APIC), LVT timer 0x320, initial count 0x380, current count 0x390, divide
 * configuration 0x3E0. The timer raises vector 32 and spurious interrupts use 33; the boot shim's
 * IDT returns from both at once and this class signals end-of-interrupt after each wake-up. The
 * legacy PICs are masked first: a BIOS may have left the PIT's IRQ 0 on vector 8.
 *
 * <p>The timer's rate is measured once, without spinning: a count of 2^22 is armed and the
 * clock times the wait until it fires. Each wait then arms 15/16 of the ticks still left (at most
 * a second's worth), so a rate measured a few percent high still wakes before the deadline, and
 * the few wake-ups near the end cost microseconds.
 */
final class ApicTimer {
    static final int MSR_APIC_BASE = 0x1B;
    static final long APIC_GLOBAL_ENABLE = 1L << 11;
    static final long BASE_MASK = 0x000F_FFFF_FFFF_F000L;
    static final int EOI = 0xB0;
    static final int SPURIOUS = 0xF0;
    static final int LVT_TIMER = 0x320;
    static final int INITIAL_COUNT = 0x380;
    static final int CURRENT_COUNT = 0x390;
    static final int DIVIDE = 0x3E0;
    static final int SOFTWARE_ENABLE = 0x100;
    static final int TIMER_VECTOR = 32;
    static final int SPURIOUS_VECTOR = 33;
    static final int DIVIDE_BY_1 = 0b1011;
    static final int PIC_MASTER_DATA = 0x21;
    static final int PIC_SLAVE_DATA = 0xA1;
    static final int CALIBRATION_TICKS = 1 << 22;
    static final long LONGEST_WAIT = TscScale.NANOS_PER_SECOND;
    static final long MAX_COUNT = 0xFFFF_FFFFL;
    /** A rate above this is a measuring error (it would overflow a second's ticks times the rate). */
    static final long MAX_TICKS_PER_SECOND = 8_000_000_000L;

    private static long base;
    private static long ticksPerSecond;

    private ApicTimer() {
    }

    /** Forgets the set-up (a new boot, or a test's fresh machine). */
    static void reset() {
        base = 0;
        ticksPerSecond = 0;
    }

    /** The timer's measured ticks per second; 0 before the first wait. */
    static long ticksPerSecond() {
        return ticksPerSecond;
    }

    /** Halts until {@link Clock#nanoTime()} reaches {@code deadline}. */
    static void sleepUntil(long deadline) {
        if (base == 0) {
            setUp();
        }
        while (true) {
            long now = Clock.nanoTime();
            if (now >= deadline) {
                break;
            }
            store(INITIAL_COUNT, (int) ticksFor(Math.min(deadline - now, LONGEST_WAIT)));
            waitForInterrupt();
        }
        store(INITIAL_COUNT, 0);
    }

    /** 15/16 of the ticks in {@code nanos} (at most a second), at least 1. */
    static long ticksFor(long nanos) {
        long ticks = nanos * ticksPerSecond / TscScale.NANOS_PER_SECOND;
        ticks -= ticks >> 4;
        return Math.max(1, Math.min(ticks, MAX_COUNT));
    }

    private static void setUp() {
        Mem.outByte(PIC_MASTER_DATA, 0xFF);
        Mem.outByte(PIC_SLAVE_DATA, 0xFF);
        long msr = Mem.rdmsr(MSR_APIC_BASE);
        if ((msr & APIC_GLOBAL_ENABLE) == 0) {
            msr |= APIC_GLOBAL_ENABLE;
            Mem.wrmsr(MSR_APIC_BASE, msr);
        }
        base = msr & BASE_MASK;
        store(SPURIOUS, SOFTWARE_ENABLE | SPURIOUS_VECTOR);
        store(DIVIDE, DIVIDE_BY_1);
        store(LVT_TIMER, TIMER_VECTOR); // one-shot, not masked
        calibrate();
    }

    private static void calibrate() {
        long start = Clock.nanoTime();
        store(INITIAL_COUNT, CALIBRATION_TICKS);
        do {
            waitForInterrupt();
        } while (load(CURRENT_COUNT) != 0); // another interrupt (spurious) ended the hlt
        long elapsed = Math.max(1, Clock.nanoTime() - start);
        ticksPerSecond = Math.min(CALIBRATION_TICKS * TscScale.NANOS_PER_SECOND / elapsed, MAX_TICKS_PER_SECOND);
        ticksPerSecond = Math.max(1, ticksPerSecond);
    }

    /** Halts until an interrupt, then acknowledges it. */
    private static void waitForInterrupt() {
        Mem.waitForInterrupt();
        store(EOI, 0);
    }

    private static void store(int register, int value) {
        Mem.storeInt(base + register, value);
    }

    private static int load(int register) {
        return Mem.loadInt(base + register);
    }
}
