package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The largest free run of RAM, for the heap: RAM entries of the boot memory map less the ranges
 * something else owns — below the image's end (the legacy areas under 1 MiB, the image and its
 * zeroed sections), module 0, the command line, the shim's memory map and, on PVH, the pages of
 * the loader's own records (start_info, module list, command line, memory map). Called before the
 * heap exists, so nothing here allocates: the ranges are read from the boot record each time.
 */
final class FreeRam {
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

    /** hvm_start_info (xen/include/public/arch-x86/hvm/start_info.h): magic and record addresses. */
    static final int HVM_START_MAGIC = 0x336ec578;
    private static final int HVM_MODLIST = 16;
    private static final int HVM_CMDLINE = 24;
    private static final int HVM_MEMMAP = 40;

    static final long PAGE = 4096;
    /** Below 1 MiB lie the legacy areas (and address 0, which must never be an object's). */
    static final long LOW_MEMORY = 1 << 20;

    /** Reserved ranges: 0 below the image's end, 1 module 0, 2 the command line, 3 the memory map, 4..7 PVH record pages. */
    static final int RESERVED = 8;

    private FreeRam() {
    }

    /** The start of the largest free run (page aligned); equal to {@link #runEnd}'s result when there is none. */
    static long largestRunStart(long bootInfo) {
        long bestStart = 0;
        long bestSize = 0;
        for (long i = 0; i < entryCount(bootInfo); i++) {
            long entry = entry(bootInfo, i);
            if (Mem.loadInt(entry + 16) != RAM) {
                continue;
            }
            long entryStart = Mem.loadLong(entry);
            // a free run starts at the entry's start or right after a reserved range
            for (int k = -1; k < RESERVED; k++) {
                long start = pageUp(k < 0 ? entryStart : reservedEnd(bootInfo, k));
                long size = runEnd(bootInfo, start) - start;
                if (start >= entryStart && start < entryEnd(entry) && size > bestSize) {
                    bestStart = start;
                    bestSize = size;
                }
            }
        }
        return bestStart;
    }

    /** The end of the free run from {@code start}: {@code start} itself when RAM there is not free. */
    static long runEnd(long bootInfo, long start) {
        long end = start;
        for (long i = 0; i < entryCount(bootInfo); i++) {
            long entry = entry(bootInfo, i);
            long entryStart = Mem.loadLong(entry);
            if (Mem.loadInt(entry + 16) == RAM && start >= entryStart && start < entryEnd(entry)) {
                end = entryEnd(entry);
            }
        }
        for (int k = 0; k < RESERVED; k++) {
            end = clip(start, end, reservedStart(bootInfo, k), reservedEnd(bootInfo, k));
        }
        return end;
    }

    /** The first byte of reserved range {@code k}; a range with start == end is empty. */
    static long reservedStart(long bootInfo, int k) {
        switch (k) {
            case 0: return 0;
            case 1: return Mem.loadLong(bootInfo + MODULE0);
            case 2: return Mem.loadLong(bootInfo + COMMAND_LINE);
            case 3: return Mem.loadLong(bootInfo + MEMMAP);
            default: return loaderRecordPage(bootInfo, k);
        }
    }

    /** The byte after reserved range {@code k}. */
    static long reservedEnd(long bootInfo, int k) {
        switch (k) {
            case 0: return Math.max(Mem.loadLong(bootInfo + IMAGE_END), LOW_MEMORY);
            case 1: return Mem.loadLong(bootInfo + MODULE0) + Mem.loadLong(bootInfo + MODULE0_SIZE);
            case 2: return commandLineEnd(Mem.loadLong(bootInfo + COMMAND_LINE));
            case 3: return Mem.loadLong(bootInfo + MEMMAP) + entryCount(bootInfo) * MEMMAP_ENTRY;
            default: {
                long page = loaderRecordPage(bootInfo, k);
                return page == 0 ? 0 : page + PAGE;
            }
        }
    }

    /** The page of the PVH loader's record for range k (4 start_info, 5 module list, 6 command line, 7 memory map); 0 when none. */
    private static long loaderRecordPage(long bootInfo, int k) {
        long startInfo = Mem.loadLong(bootInfo + HVM_START_INFO);
        if (startInfo == 0 || Mem.loadInt(startInfo) != HVM_START_MAGIC) {
            return 0; // none, or a PV start_info, laid out otherwise
        }
        long record = k == 4 ? startInfo
                : Mem.loadLong(startInfo + (k == 5 ? HVM_MODLIST : k == 6 ? HVM_CMDLINE : HVM_MEMMAP));
        return record & ~(PAGE - 1);
    }

    private static long commandLineEnd(long commandLine) {
        if (commandLine == 0) {
            return 0;
        }
        long n = 0;
        while (Mem.loadByte(commandLine + n) != 0) {
            n++;
        }
        return commandLine + n + 1;
    }

    private static long entryCount(long bootInfo) {
        return Mem.loadLong(bootInfo + MEMMAP_COUNT);
    }

    private static long entry(long bootInfo, long i) {
        return Mem.loadLong(bootInfo + MEMMAP) + i * MEMMAP_ENTRY;
    }

    private static long entryEnd(long entry) {
        return Mem.loadLong(entry) + Mem.loadLong(entry + 8);
    }

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
        return (address + PAGE - 1) & ~(PAGE - 1);
    }
}
