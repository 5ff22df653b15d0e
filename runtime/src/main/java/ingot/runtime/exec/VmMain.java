package ingot.runtime.exec;

import ingot.runtime.clock.Clock;
import ingot.runtime.mem.Mem;

/**
 * The VM's start, called by the image's ingot_java_main with the boot shim's boot-information
 * record (docs/ARCHITECTURE.md, "The hand-off to Java"): hands the record to the clock and the
 * largest RAM region of the memory map, less what the image and module 0 occupy, to the heap.
 */
public final class VmMain {
    /** Offsets in the boot-information record (boot/bootinfo.asm). */
    static final int COMMAND_LINE = 32;
    static final int MODULE0 = 56;
    static final int MODULE0_SIZE = 64;
    static final int MEMMAP = 72;
    static final int MEMMAP_COUNT = 80;
    static final int IMAGE_END = 104;
    static final int MEMMAP_ENTRY = 24;
    static final int RAM = 1;

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

    public static void start(long bootInfo) {
        Clock.boot(bootInfo);
        long imageEnd = Mem.loadLong(bootInfo + IMAGE_END);
        long moduleStart = Mem.loadLong(bootInfo + MODULE0);
        long moduleEnd = moduleStart + Mem.loadLong(bootInfo + MODULE0_SIZE);
        long map = Mem.loadLong(bootInfo + MEMMAP);
        long count = Mem.loadLong(bootInfo + MEMMAP_COUNT);
        long bestStart = 0;
        long bestEnd = 0;
        for (long i = 0; i < count; i++) {
            long entry = map + i * MEMMAP_ENTRY;
            if (Mem.loadInt(entry + 16) != RAM) {
                continue;
            }
            long start = Math.max(Mem.loadLong(entry), imageEnd);
            long end = Mem.loadLong(entry) + Mem.loadLong(entry + 8);
            if (moduleStart >= start && moduleStart < end) {
                end = moduleStart; // the module sits near the top of RAM: keep below it
            } else if (moduleEnd > start && moduleEnd <= end && moduleStart < start) {
                start = moduleEnd;
            }
            if (end - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = end;
            }
        }
        Heap.init(bestStart, bestEnd);
    }
}
