package ingot.runtime.exec;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Allocation until the collector exists (DESIGN.md, "Garbage collection"): a bump pointer over
 * one region of zeroed memory that the boot code hands over. Objects are 8-byte aligned; the
 * class word is stored, the rest of the object is the region's zeroes. Compiled code calls
 * {@link #newInstance} and {@link #newArray} as the routines ingot_rt_new and ingot_rt_new_array.
 * Running out throws OutOfMemoryError once, from a reserve held back for it.
 */
public final class Heap {
    /** Byte offset of an array's 32-bit length, and of its first element (docs: object model). */
    public static final int ARRAY_LENGTH = 16;
    public static final int ARRAY_BASE = 24;

    /** HotSpot 17's longest array (64-bit): longer requests fail whatever the heap's size. */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;

    /** Bytes of the region held back for throwing OutOfMemoryError and handling it. */
    static final long RESERVE = 256 * 1024;

    /** Room enough to make an OutOfMemoryError and its stack trace. */
    static final long THROW_ROOM = 64 * 1024;

    private static long top;
    private static long end;
    /** The region's real end; {@link #end} lies {@link #RESERVE} below it until the heap first runs out. */
    private static long limit;

    private Heap() {
    }

    /** Hands the region [start, limit) — zeroed memory — to the allocator. */
    @Uninterruptible("sets up the heap before anything is allocated")
    public static void init(long start, long regionEnd) {
        top = (start + 7) & ~7L;
        limit = regionEnd;
        long quarter = (regionEnd - top) / 4;
        long reserve = quarter < RESERVE ? quarter : RESERVE;
        end = regionEnd - reserve;
    }

    /** ingot_rt_new: a zeroed instance of {@code type}, {@code size} bytes with the header. */
    public static Object newInstance(Object type, int size) {
        long at = allocate(size);
        Mem.storeLong(at, Mem.addressOf(type));
        return Mem.objectAt(at);
    }

    /** ingot_rt_new_array: a zeroed array of {@code type} (an array class) with {@code length} elements. */
    public static Object newArray(Object type, int length) {
        if (length < 0) {
            VmExceptions.negativeArraySize(length);
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        }
        long elementSize = Mem.loadInt(Mem.addressOf(type) + ClassWords.ELEMENT_SIZE);
        long at = allocate(ARRAY_BASE + length * elementSize);
        Mem.storeLong(at, Mem.addressOf(type));
        Mem.storeInt(at + ARRAY_LENGTH, length);
        return Mem.objectAt(at);
    }

    /**
     * ingot_rt_new_multi_array: an array of {@code type} with {@code dimensions} lengths read at
     * {@code lengths}, {@code lengths} - 8, ... (operand-stack slots, first dimension first), its
     * elements arrays of the next dimensions down to the last length given.
     */
    public static Object newMultiArray(Object type, long lengths, int dimensions) {
        for (int i = 0; i < dimensions; i++) {
            int length = Mem.loadInt(lengths - 8L * i);
            if (length < 0) {
                VmExceptions.negativeArraySize(length);
            }
        }
        return fill(type, lengths, dimensions);
    }

    private static Object fill(Object type, long lengths, int dimensions) {
        int length = Mem.loadInt(lengths);
        Object array = newArray(type, length);
        if (dimensions > 1) {
            Object component = Mem.objectAt(Mem.loadLong(Mem.addressOf(type) + ClassWords.COMPONENT));
            for (int i = 0; i < length; i++) {
                Object inner = fill(component, lengths - 8, dimensions - 1);
                // the array's address is taken after the allocation, never held across one
                Mem.storeLong(Mem.addressOf(array) + ARRAY_BASE + 8L * i, Mem.addressOf(inner));
            }
        }
        return array;
    }

    /**
     * An allocation did not fit. OutOfMemoryError is thrown while {@link #THROW_ROOM} bytes are
     * left to make it in (a huge request leaves the heap as it was); when the heap is nearly full
     * the reserve opens first; when the reserve is nearly used up too, the program ends
     * (Fatal.outOfMemory). Without a collector nothing is ever freed, so a program that catches the
     * error goes on in what is left.
     */
    private static long outOfMemory() {
        if (end - top < THROW_ROOM && end < limit) {
            end = limit;
        }
        if (end - top < THROW_ROOM) {
            Fatal.outOfMemory();
        }
        throw new OutOfMemoryError("Java heap space");
    }

    private static long allocate(long size) {
        long at = top;
        long next = (at + size + 7) & ~7L;
        if (next > end || next < at) {
            return outOfMemory();
        }
        top = next;
        return at;
    }
}
