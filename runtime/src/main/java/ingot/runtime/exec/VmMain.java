package ingot.runtime.exec;

import ingot.runtime.clock.Clock;
import ingot.runtime.mem.Mem;

/**
 * The VM's start, called by the image's ingot_java_main with the boot shim's boot-information
 * record (docs/ARCHITECTURE.md, "The hand-off to Java"): hands the record to the clock and the
 * largest free run of RAM to the heap: free of the image, module 0, the command line and the
 * memory map wherever the loader put them, and above 1 MiB.
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
        long map = Mem.loadLong(bootInfo + MEMMAP);
        long count = Mem.loadLong(bootInfo + MEMMAP_COUNT);
        long commandLine = Mem.loadLong(bootInfo + COMMAND_LINE);
        long moduleStart = Mem.loadLong(bootInfo + MODULE0);
        // what the heap must not cover: module 0, the command line (read after the heap starts)
        // and the memory map, wherever the loader put them; and nothing below 1 MiB or the image
        long[] reserved = {
            moduleStart, moduleStart + Mem.loadLong(bootInfo + MODULE0_SIZE),
            commandLine, commandLine + textLength(commandLine) + 1,
            map, map + count * MEMMAP_ENTRY,
            0, Math.max(imageEnd, LOW_MEMORY)};
        long bestStart = 0;
        long bestEnd = 0;
        for (long i = 0; i < count; i++) {
            long entry = map + i * MEMMAP_ENTRY;
            if (Mem.loadInt(entry + 16) != RAM) {
                continue;
            }
            long entryStart = Mem.loadLong(entry);
            long entryEnd = entryStart + Mem.loadLong(entry + 8);
            for (int r = -1; r < reserved.length / 2; r++) {
                long start = pageUp(r < 0 ? entryStart : reserved[2 * r + 1]);
                long end = freeEnd(start, entryEnd, reserved);
                if (start >= entryStart && end - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = end;
                }
            }
        }
        Heap.init(bestStart, bestEnd);
    }

    /** Below 1 MiB lie the legacy areas (and address 0, which must never be an object's). */
    private static final long LOW_MEMORY = 1 << 20;

    /**
     * Where a free run starting at {@code start} ends: at {@code limit} or at the first reserved
     * range above it; {@code start} itself when a reserved range covers it.
     */
    private static long freeEnd(long start, long limit, long[] reserved) {
        long end = limit;
        for (int r = 0; r < reserved.length; r += 2) {
            if (reserved[r + 1] <= reserved[r]) {
                continue; // empty: no module, no command line
            }
            if (start >= reserved[r] && start < reserved[r + 1]) {
                return start;
            }
            if (reserved[r] > start && reserved[r] < end) {
                end = reserved[r];
            }
        }
        return Math.max(start, end);
    }

    private static long pageUp(long address) {
        return (address + 4095) & ~4095L;
    }

    private static long textLength(long address) {
        if (address == 0) {
            return -1;
        }
        long n = 0;
        while (Mem.loadByte(address + n) != 0) {
            n++;
        }
        return n;
    }
}
