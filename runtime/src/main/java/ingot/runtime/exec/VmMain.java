package ingot.runtime.exec;

import ingot.runtime.clock.Clock;
import ingot.runtime.mem.Mem;

/**
 * The VM's start, called by the image's ingot_java_main with the boot shim's boot-information
 * record (docs/ARCHITECTURE.md, "The hand-off to Java"): hands the record to the clock and the
 * largest free run of RAM to the heap: free of the image, module 0, the command line and the
 * memory map (the shim's copies and, on PVH, the loader's own records beside the module), and
 * above 1 MiB.
 */
public final class VmMain {
    /** Offsets in the boot-information record (boot/bootinfo.asm). */
    static final int HVM_START_INFO = 24;
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
        // nothing may be allocated before Heap.init: the ranges are plain longs
        long imageEnd = Math.max(Mem.loadLong(bootInfo + IMAGE_END), LOW_MEMORY);
        long map = Mem.loadLong(bootInfo + MEMMAP);
        long count = Mem.loadLong(bootInfo + MEMMAP_COUNT);
        long mapEnd = map + count * MEMMAP_ENTRY;
        long commandLine = Mem.loadLong(bootInfo + COMMAND_LINE);
        long commandLineEnd = commandLine == 0 ? 0 : commandLine + textLength(commandLine) + 1;
        long moduleStart = Mem.loadLong(bootInfo + MODULE0);
        long moduleEnd = moduleStart + Mem.loadLong(bootInfo + MODULE0_SIZE);
        // the PVH loader's own records (start_info, module list, command line, memory map) sit in
        // RAM beside the module; their pages are not the heap's
        long startInfo = Mem.loadLong(bootInfo + HVM_START_INFO);
        if (startInfo != 0 && Mem.loadInt(startInfo) != HVM_START_MAGIC) {
            startInfo = 0; // a PV start_info, laid out otherwise
        }
        long infoPage = startInfo == 0 ? 0 : pageDown(startInfo);
        long modlistPage = startInfo == 0 ? 0 : pageDown(Mem.loadLong(startInfo + HVM_MODLIST));
        long cmdlinePage = startInfo == 0 ? 0 : pageDown(Mem.loadLong(startInfo + HVM_CMDLINE));
        long memmapPage = startInfo == 0 ? 0 : pageDown(Mem.loadLong(startInfo + HVM_MEMMAP));
        long bestStart = 0;
        long bestEnd = 0;
        for (long i = 0; i < count; i++) {
            long entry = map + i * MEMMAP_ENTRY;
            if (Mem.loadInt(entry + 16) != RAM) {
                continue;
            }
            long entryStart = Mem.loadLong(entry);
            long entryEnd = entryStart + Mem.loadLong(entry + 8);
            // a free run starts at the entry's start or right after a reserved range
            for (int candidate = 0; candidate < 9; candidate++) {
                long start = pageUp(candidate == 0 ? entryStart : candidate == 1 ? imageEnd
                        : candidate == 2 ? moduleEnd : candidate == 3 ? commandLineEnd : candidate == 4 ? mapEnd
                        : candidate == 5 ? infoPage + PAGE : candidate == 6 ? modlistPage + PAGE
                        : candidate == 7 ? cmdlinePage + PAGE : memmapPage + PAGE);
                long end = clip(start, entryEnd, 0, imageEnd);
                end = clip(start, end, moduleStart, moduleEnd);
                end = clip(start, end, commandLine, commandLineEnd);
                end = clip(start, end, map, mapEnd);
                end = clipPage(start, end, infoPage);
                end = clipPage(start, end, modlistPage);
                end = clipPage(start, end, cmdlinePage);
                end = clipPage(start, end, memmapPage);
                if (start >= entryStart && end - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = end;
                }
            }
        }
        Heap.init(bestStart, bestEnd);
    }

    /** {@link #clip} for the page at {@code page} (none when 0). */
    private static long clipPage(long start, long end, long page) {
        return page == 0 ? end : clip(start, end, page, page + PAGE);
    }

    private static long pageDown(long address) {
        return address & ~(PAGE - 1);
    }

    private static final long PAGE = 4096;
    /** hvm_start_info (xen/include/public/arch-x86/hvm/start_info.h): modlist, cmdline, memmap addresses. */
    private static final int HVM_START_MAGIC = 0x336ec578;
    private static final int HVM_MODLIST = 16;
    private static final int HVM_CMDLINE = 24;
    private static final int HVM_MEMMAP = 40;

    /** Below 1 MiB lie the legacy areas (and address 0, which must never be an object's). */
    private static final long LOW_MEMORY = 1 << 20;

    /**
     * The end of a free run from {@code start} to {@code end} once the reserved range
     * [{@code from}, {@code to}) is taken out: {@code start} itself when the range covers it.
     */
    private static long clip(long start, long end, long from, long to) {
        if (to <= from) {
            return end;
        }
        if (start >= from && start < to) {
            return start;
        }
        return from > start && from < end ? from : end;
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
