package ingot.runtime.exec;

import ingot.runtime.clock.Clock;
import ingot.runtime.mem.Mem;

/**
 * The VM's start, called by the image's ingot_java_main with the boot shim's boot-information
 * record (docs/ARCHITECTURE.md, "The hand-off to Java"): hands the record to the clock and the
 * largest free run of RAM ({@link FreeRam}) to the heap; reads main's arguments and main class
 * from the boot command line.
 */
public final class VmMain {
    /** Offset of the command line's address in the boot-information record (boot/bootinfo.asm). */
    static final int COMMAND_LINE = 32;

    private VmMain() {
    }

    /** The arguments for main, from the boot command line (see {@link CommandLine}). */
    public static String[] arguments(long bootInfo) {
        String commandLine = commandLine(bootInfo);
        BootTime.configure(bootInfo, commandLine);
        return CommandLine.arguments(commandLine);
    }

    /** The row of the image's main table ({@link MainTable}) for the main class the boot command line names. */
    public static long mainRow(long bootInfo, long mainTable) {
        return MainTable.select(mainTable, CommandLine.mainClass(commandLine(bootInfo)));
    }

    private static String commandLine(long bootInfo) {
        String text = ClassNames.text(Mem.loadLong(bootInfo + COMMAND_LINE));
        return text == null ? "" : text;
    }

    /** Starts the clock and hands the largest free run of RAM ({@link FreeRam}) to the heap. */
    public static void start(long bootInfo) {
        Clock.boot(bootInfo);
        // nothing may be allocated before Heap.init: FreeRam works on plain longs
        long start = FreeRam.largestRunStart(bootInfo);
        Heap.init(start, FreeRam.runEnd(bootInfo, start));
    }
}
