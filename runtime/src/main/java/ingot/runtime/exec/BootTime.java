package ingot.runtime.exec;

import ingot.runtime.clock.Clock;
import ingot.runtime.mem.Mem;

/**
 * The {@code -Xingot:boot-time} switch: just before the first bytecode of main, prints on
 * standard error how long the boot took from the shim's first instruction (the TSC it read at
 * kernel entry, boot-information offset 136) — in TSC cycles and, with the clock's TSC rate, in
 * microseconds: {@code ingot: boot time: C TSC cycles, U us from kernel entry to main (TSC H Hz)}.
 */
public final class BootTime {
    /** The switch, one of the options before the main class on the boot command line. */
    public static final String OPTION = "-Xingot:boot-time";
    private static final int ENTRY_TSC = 136;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private static long bootInfo;
    private static boolean requested;

    private BootTime() {
    }

    /** Remembers the boot record and whether its command line asks for the report. */
    static void configure(long bootInfoAddress, String commandLine) {
        bootInfo = bootInfoAddress;
        requested = CommandLine.hasOption(commandLine, OPTION);
    }

    /** Called by the image's ingot_java_main right before main: reads the TSC first, then reports. */
    public static void atMain() {
        long now = Mem.rdtsc();
        if (requested) {
            long cycles = now - Mem.loadLong(bootInfo + ENTRY_TSC);
            long hz = Clock.tscFrequency();
            System.err.println("ingot: boot time: " + cycles + " TSC cycles, " + micros(cycles, hz)
                    + " us from kernel entry to main (TSC " + hz + " Hz)");
        }
    }

    /** {@code cycles} of a {@code hz} counter in whole microseconds. */
    static long micros(long cycles, long hz) {
        if (hz <= 0) {
            return 0;
        }
        if (cycles < Long.MAX_VALUE / MICROS_PER_SECOND) {
            return cycles * MICROS_PER_SECOND / hz;
        }
        return cycles / hz * MICROS_PER_SECOND;
    }
}
