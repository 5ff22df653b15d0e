package ingot.runtime.mem.hosted;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse 64-bit address space of 4 KiB pages: little-endian, any alignment, accesses may cross
 * pages. Memory exists only in {@link #map mapped} regions (canonical x86-64 addresses, page
 * granular) and reads as zero until written; the bytes of a page are allocated on its first store,
 * so mapping a terabyte costs nothing. Touching any byte outside the mapped regions throws
 * {@link MemoryFault} and changes nothing.
 */
public final class HostedMemory {
    public static final int PAGE_SIZE = 4096;
    private static final int PAGE_SHIFT = 12;

    /** Mapped regions, first address to last address (inclusive), unsigned order; adjacent ones are merged. */
    private final TreeMap<Long, Long> regions = new TreeMap<>(Long::compareUnsigned);
    /** Page number to its bytes, for pages stored to. */
    private final Map<Long, byte[]> pages = new HashMap<>();
    private long cachedPageNumber = -1;
    private byte[] cachedPage;

    /** Maps {@code length} bytes from {@code start}; both page multiples, canonical, none mapped yet. */
    public void map(long start, long length) {
        long last = checkRange(start, length);
        Map.Entry<Long, Long> below = regions.floorEntry(last);
        if (below != null && Long.compareUnsigned(below.getValue(), start) >= 0) {
            throw new IllegalStateException("0x" + Long.toHexString(start) + "+0x" + Long.toHexString(length)
                    + " overlaps the mapped region at 0x" + Long.toHexString(below.getKey()));
        }
        long first = start;
        Map.Entry<Long, Long> before = start == 0 ? null : regions.floorEntry(start - 1);
        if (before != null && before.getValue() == start - 1) {
            first = before.getKey();
        }
        Long after = last == -1L ? null : regions.remove(last + 1);
        regions.put(first, after != null ? after : last);
    }

    /** Unmaps {@code length} bytes from {@code start}, all mapped; their contents are gone. */
    public void unmap(long start, long length) {
        long last = checkRange(start, length);
        Map.Entry<Long, Long> region = regions.floorEntry(start);
        if (region == null || Long.compareUnsigned(region.getValue(), last) < 0) {
            throw new IllegalStateException("0x" + Long.toHexString(start) + "+0x" + Long.toHexString(length)
                    + " is not wholly mapped");
        }
        regions.remove(region.getKey());
        if (region.getKey() != start) {
            regions.put(region.getKey(), start - 1);
        }
        if (region.getValue() != last) {
            regions.put(last + 1, region.getValue());
        }
        long firstPage = start >>> PAGE_SHIFT;
        long lastPage = last >>> PAGE_SHIFT;
        pages.keySet().removeIf(page -> page >= firstPage && page <= lastPage);
        cachedPageNumber = -1;
        cachedPage = null;
    }

    public boolean isMapped(long address) {
        Map.Entry<Long, Long> region = regions.floorEntry(address);
        return region != null && Long.compareUnsigned(address, region.getValue()) <= 0;
    }

    /** The {@code size} (1, 2, 4 or 8) bytes at {@code address} as a little-endian number, zero-extended. */
    public long load(long address, int size) {
        checkAccess(address, size, "load from");
        long value = 0;
        for (int i = 0; i < size; i++) {
            byte[] page = page(address + i, false);
            long b = page == null ? 0 : page[offsetInPage(address + i)] & 0xFF;
            value |= b << (8 * i);
        }
        return value;
    }

    /** Stores the low {@code size} (1, 2, 4 or 8) bytes of {@code value} at {@code address}, little-endian. */
    public void store(long address, int size, long value) {
        checkAccess(address, size, "store to");
        for (int i = 0; i < size; i++) {
            page(address + i, true)[offsetInPage(address + i)] = (byte) (value >>> (8 * i));
        }
    }

    private void checkAccess(long address, int size, String kind) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("access size " + size + " is not 1, 2, 4 or 8");
        }
        long last = address + size - 1;
        String what = size + "-byte " + kind + " 0x" + Long.toHexString(address);
        if (Long.compareUnsigned(last, address) < 0) {
            throw new MemoryFault(address, what + ": wraps past the end of the address space");
        }
        Map.Entry<Long, Long> region = regions.floorEntry(address);
        if (region == null || Long.compareUnsigned(address, region.getValue()) > 0) {
            throw new MemoryFault(address, what + ": unmapped memory");
        }
        if (Long.compareUnsigned(last, region.getValue()) > 0) {
            throw new MemoryFault(region.getValue() + 1, what + ": reaches unmapped memory");
        }
    }

    private byte[] page(long address, boolean create) {
        long number = address >>> PAGE_SHIFT;
        if (number == cachedPageNumber) {
            return cachedPage;
        }
        byte[] page = pages.get(number);
        if (page == null && create) {
            page = new byte[PAGE_SIZE];
            pages.put(number, page);
        }
        if (page != null) {
            cachedPageNumber = number;
            cachedPage = page;
        }
        return page;
    }

    private static int offsetInPage(long address) {
        return (int) (address & (PAGE_SIZE - 1));
    }

    /** Checks a page-granular, canonical, non-wrapping range; returns its last address. */
    private static long checkRange(long start, long length) {
        if (length <= 0 || ((start | length) & (PAGE_SIZE - 1)) != 0) {
            throw new IllegalArgumentException("start 0x" + Long.toHexString(start) + " and length 0x"
                    + Long.toHexString(length) + " must be positive multiples of the page size");
        }
        long last = start + length - 1;
        if (!isCanonical(start) || !isCanonical(last) || (start < 0) != (last < 0)) {
            throw new IllegalArgumentException("0x" + Long.toHexString(start) + "+0x" + Long.toHexString(length)
                    + " is not within one canonical half of the address space");
        }
        return last;
    }

    /** Bits 63 to 47 all equal, as x86-64 requires of an address. */
    private static boolean isCanonical(long address) {
        return (address >> 47) == 0 || (address >> 47) == -1;
    }
}
