package ingot.translator.image;

import java.util.Map;
import java.util.TreeMap;

/**
 * One object of the image heap as NASM data: values placed at byte offsets (a NASM expression
 * each, of 1, 2, 4 or 8 bytes), the gaps filled with zeroes, the whole padded to a size.
 */
final class DataWriter {
    private final TreeMap<Integer, String[]> values = new TreeMap<>();

    void put(int offset, int size, String expression) {
        values.put(offset, new String[] {String.valueOf(size), expression});
    }

    void put(int offset, int size, long value) {
        put(offset, size, Long.toString(value));
    }

    /** The data lines, starting at the current (8-aligned) position, {@code size} bytes in all. */
    String lines(int size) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Map.Entry<Integer, String[]> e : values.entrySet()) {
            if (e.getKey() > at) {
                out.append("    times ").append(e.getKey() - at).append(" db 0\n");
            }
            int width = Integer.parseInt(e.getValue()[0]);
            out.append("    ").append(directive(width)).append(' ').append(e.getValue()[1]).append('\n');
            at = e.getKey() + width;
        }
        if (size > at) {
            out.append("    times ").append(size - at).append(" db 0\n");
        }
        return out.toString();
    }

    private static String directive(int width) {
        switch (width) {
            case 1: return "db";
            case 2: return "dw";
            case 4: return "dd";
            default: return "dq";
        }
    }
}
