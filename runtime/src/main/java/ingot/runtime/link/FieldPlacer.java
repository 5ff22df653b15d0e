package ingot.runtime.link;

/**
 * Places fields in a block of bytes: each at the lowest offset, aligned to its size, whose bytes
 * are all free. Fields placed in decreasing size order fill alignment gaps and the tail padding
 * of what was occupied beforehand (the superclass's fields). One cursor per size keeps the search
 * linear: a size's lowest free slot never moves down.
 */
final class FieldPlacer {
    private boolean[] used = new boolean[64];
    private int end;
    private final int[] cursors = new int[9];

    /** A placer whose first free byte is {@code start} (a multiple of 8). */
    FieldPlacer(int start) {
        occupy(0, start);
        for (int size = 1; size <= 8; size *= 2) {
            cursors[size] = start;
        }
    }

    /** Marks bytes [offset, offset + size) as taken. */
    void occupy(int offset, int size) {
        int limit = offset + size;
        if (limit > used.length) {
            boolean[] bigger = new boolean[Math.max(limit, used.length) * 2];
            System.arraycopy(used, 0, bigger, 0, used.length);
            used = bigger;
        }
        for (int i = offset; i < limit; i++) {
            used[i] = true;
        }
        end = Math.max(end, limit);
    }

    /** Places a field of {@code size} (1, 2, 4 or 8) bytes and returns its offset. */
    int place(int size) {
        int at = cursors[size];
        while (!isFree(at, size)) {
            at += size;
        }
        occupy(at, size);
        cursors[size] = at + size;
        return at;
    }

    /** One past the highest occupied byte. */
    int end() {
        return end;
    }

    private boolean isFree(int offset, int size) {
        for (int i = offset; i < offset + size && i < used.length; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }
}
