package ingot.runtime.clock;

import ingot.runtime.mem.Mem;

/**
 * The TSC's frequency that CPUID leaf 0x15 states: EBX / EAX times the crystal's frequency in
 * ECX. Only where all three are given (recent Intel processors, some hypervisors); QEMU TCG's
 * TSC is the host's counter whatever the leaf says, so the clock does not ask there.
 */
final class CpuidTsc {
    static final int LEAF_MAX = 0;
    static final int LEAF_TSC = 0x15;

    private CpuidTsc() {
    }

    /** The TSC's ticks per second; 0 when the leaf does not say. */
    static long tscHz() {
        int[] registers = new int[4];
        Mem.cpuid(LEAF_MAX, 0, registers);
        if (registers[0] < LEAF_TSC) {
            return 0;
        }
        Mem.cpuid(LEAF_TSC, 0, registers);
        long denominator = registers[0] & 0xFFFF_FFFFL;
        long numerator = registers[1] & 0xFFFF_FFFFL;
        long crystal = registers[2] & 0xFFFF_FFFFL;
        if (denominator == 0 || numerator == 0 || crystal == 0) {
            return 0;
        }
        return crystal * numerator / denominator;
    }
}
