package ingot.runtime.exec;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Reads the code tables of an image: a range table sorted by address ({@code dq count}, then
 * {@code dq start, end, record} per method) and one record per method:
 * <pre>
 * record: dq frame_bytes, max_locals, call_count, calls, handler_count, handlers,
 *            line_count, lines, class_name, method_name, source_file
 *   calls:    dd return_offset (from start), dd pc — ascending return offsets
 *   handlers: dd start_pc, dd end_pc, dq handler_address, dq catch_class (0: any)
 *   lines:    dd start_pc, dd line
 * </pre>
 * All methods are static over raw addresses, for frame walks that must not allocate.
 */
@Uninterruptible("reads code tables during frame walks")
public final class CodeTable {
    public static final int RANGE_ENTRY = 24;
    public static final int FRAME_BYTES = 0;
    public static final int MAX_LOCALS = 8;
    public static final int CALL_COUNT = 16;
    public static final int CALLS = 24;
    public static final int HANDLER_COUNT = 32;
    public static final int HANDLERS = 40;
    public static final int LINE_COUNT = 48;
    public static final int LINES = 56;
    public static final int CLASS_NAME = 64;
    public static final int METHOD_NAME = 72;
    public static final int SOURCE_FILE = 80;
    public static final int CALL_ENTRY = 8;
    public static final int HANDLER_ENTRY = 24;
    public static final int LINE_ENTRY = 8;

    private CodeTable() {
    }

    /** The index of the method whose code holds {@code address}, or -1. */
    public static int methodAt(long table, long address) {
        int low = 0;
        int high = (int) Mem.loadLong(table) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long entry = rangeEntry(table, mid);
            if (address < Mem.loadLong(entry)) {
                high = mid - 1;
            } else if (address >= Mem.loadLong(entry + 8)) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public static long start(long table, int method) {
        return Mem.loadLong(rangeEntry(table, method));
    }

    public static long record(long table, int method) {
        return Mem.loadLong(rangeEntry(table, method) + 16);
    }

    /** The bytecode index of the call whose return address this is, or -1 when it is no call site. */
    public static int pcOfReturn(long record, long start, long returnAddress) {
        long offset = returnAddress - start;
        long calls = Mem.loadLong(record + CALLS);
        int low = 0;
        int high = (int) Mem.loadLong(record + CALL_COUNT) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long entry = calls + (long) mid * CALL_ENTRY;
            long at = Mem.loadInt(entry) & 0xFFFFFFFFL;
            if (offset < at) {
                high = mid - 1;
            } else if (offset > at) {
                low = mid + 1;
            } else {
                return Mem.loadInt(entry + 4);
            }
        }
        return -1;
    }

    /** The source line of bytecode index {@code pc}, or -1 when the method has no line for it. */
    public static int lineOf(long record, int pc) {
        long lines = Mem.loadLong(record + LINES);
        long count = Mem.loadLong(record + LINE_COUNT);
        int line = -1;
        int bestStart = -1;
        for (long i = 0; i < count; i++) {
            long entry = lines + i * LINE_ENTRY;
            int startPc = Mem.loadInt(entry);
            if (startPc <= pc && startPc >= bestStart) {
                bestStart = startPc;
                line = Mem.loadInt(entry + 4);
            }
        }
        return line;
    }

    public static int handlerCount(long record) {
        return (int) Mem.loadLong(record + HANDLER_COUNT);
    }

    /** True when handler {@code i} covers bytecode index {@code pc}. */
    public static boolean handlerCovers(long record, int i, int pc) {
        long entry = handlerEntry(record, i);
        return Mem.loadInt(entry) <= pc && pc < Mem.loadInt(entry + 4);
    }

    public static long handlerAddress(long record, int i) {
        return Mem.loadLong(handlerEntry(record, i) + 8);
    }

    /** The Class object the handler catches, or 0 for a handler that catches everything. */
    public static long handlerCatchClass(long record, int i) {
        return Mem.loadLong(handlerEntry(record, i) + 16);
    }

    public static long frameBytes(long record) {
        return Mem.loadLong(record + FRAME_BYTES);
    }

    public static long maxLocals(long record) {
        return Mem.loadLong(record + MAX_LOCALS);
    }

    /** The address of a NUL-terminated UTF-8 name: CLASS_NAME, METHOD_NAME or SOURCE_FILE (0: none). */
    public static long name(long record, int which) {
        return Mem.loadLong(record + which);
    }

    private static long rangeEntry(long table, int method) {
        return table + 8 + (long) method * RANGE_ENTRY;
    }

    private static long handlerEntry(long record, int i) {
        return Mem.loadLong(record + HANDLERS) + (long) i * HANDLER_ENTRY;
    }
}
