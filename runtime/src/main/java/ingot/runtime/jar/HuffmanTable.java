package ingot.runtime.jar;

/**
 * A canonical Huffman code as a two-level decode table indexed by the next input bits (deflate
 * sends codes most significant bit first inside a least-significant-bit-first stream, so indices
 * are bit-reversed codes).
 *
 * <p>The root table has {@code 1 << rootBits} entries; a code longer than {@code rootBits} is found
 * through a link entry to a sub-table indexed by the following bits. Each entry is an int:
 * bits 0-3 the code bits to drop, bits 4-7 the extra bits to read after the code (for a link: the
 * sub-table's index bits), bits 8-10 the {@code KIND_*}, bits 16-31 the value (literal byte, base
 * length, base distance or sub-table offset). Patterns no code uses hold {@link #KIND_INVALID}.
 */
final class HuffmanTable {
    static final int KIND_LITERAL = 0;
    static final int KIND_BASE = 1 << 8;       // a length or distance: value is the base, plus extra bits
    static final int KIND_END = 2 << 8;        // end of block
    static final int KIND_LINK = 3 << 8;
    static final int KIND_INVALID = 4 << 8;
    static final int KIND_MASK = 7 << 8;
    static final int MAX_CODE_BITS = 15;

    int[] entries = new int[1 << 10];
    int rootBits;

    private final int[] count = new int[MAX_CODE_BITS + 1];
    private final int[] nextCode = new int[MAX_CODE_BITS + 1];
    private final int[] subBits = new int[1 << 10];
    private final int[] subOffset = new int[1 << 10];

    /** An entry template: what a symbol decodes to, without its code length. */
    static int symbol(int kind, int value, int extraBits) {
        return value << 16 | kind | extraBits << 4;
    }

    /**
     * Builds the table for the code lengths {@code lengths[off, off+n)} (each 0..15), where symbol
     * s decodes to {@code templates[s]}. Over-subscribed codes are rejected; incomplete ones too,
     * except (as zlib allows) a lone code of length 1 when {@code allowSingle}. A code with no
     * symbols at all builds a table of invalid entries, so using it fails.
     */
    void build(int[] lengths, int off, int n, int[] templates, int maxRootBits, boolean allowSingle,
               String what) throws JarFormatException {
        int max = countLengths(lengths, off, n);
        if (max == 0) {
            rootBits = 1;
            entries[0] = KIND_INVALID;
            entries[1] = KIND_INVALID;
            return;
        }
        checkComplete(max, allowSingle, what);
        int root = Math.min(maxRootBits, max);
        rootBits = root;
        firstCodes();
        int size = planSubTables(lengths, off, n, root);
        if (entries.length < size) {
            entries = new int[size];
        }
        for (int i = 0; i < size; i++) {
            entries[i] = KIND_INVALID;
        }
        linkSubTables(root);
        firstCodes();
        fill(lengths, off, n, templates, root);
    }

    private int countLengths(int[] lengths, int off, int n) {
        for (int i = 0; i <= MAX_CODE_BITS; i++) {
            count[i] = 0;
        }
        int max = 0;
        for (int s = 0; s < n; s++) {
            int len = lengths[off + s];
            count[len]++;
            if (len > max) {
                max = len;
            }
        }
        count[0] = 0;
        return max;
    }

    private void checkComplete(int max, boolean allowSingle, String what) throws JarFormatException {
        int left = 1;
        for (int len = 1; len <= MAX_CODE_BITS; len++) {
            left = (left << 1) - count[len];
            if (left < 0) {
                throw new JarFormatException("invalid " + what + " code: over-subscribed");
            }
        }
        if (left > 0 && !(allowSingle && max == 1)) {
            throw new JarFormatException("invalid " + what + " code: incomplete");
        }
    }

    private void firstCodes() {
        int code = 0;
        for (int len = 1; len <= MAX_CODE_BITS; len++) {
            code = (code + count[len - 1]) << 1;
            nextCode[len] = code;
        }
    }

    /** Finds the index bits each sub-table needs; returns the whole table size. */
    private int planSubTables(int[] lengths, int off, int n, int root) {
        int rootSize = 1 << root;
        for (int i = 0; i < rootSize; i++) {
            subBits[i] = 0;
        }
        for (int s = 0; s < n; s++) {
            int len = lengths[off + s];
            if (len > root) {
                int index = reverse(nextCode[len]++, len) & (rootSize - 1);
                if (len - root > subBits[index]) {
                    subBits[index] = len - root;
                }
            }
        }
        int size = rootSize;
        for (int i = 0; i < rootSize; i++) {
            if (subBits[i] > 0) {
                size += 1 << subBits[i];
            }
        }
        return size;
    }

    private void linkSubTables(int root) {
        int rootSize = 1 << root;
        int next = rootSize;
        for (int i = 0; i < rootSize; i++) {
            if (subBits[i] > 0) {
                entries[i] = symbol(KIND_LINK, next, subBits[i]) | root;
                subOffset[i] = next;
                next += 1 << subBits[i];
            }
        }
    }

    private void fill(int[] lengths, int off, int n, int[] templates, int root) {
        int rootSize = 1 << root;
        for (int s = 0; s < n; s++) {
            int len = lengths[off + s];
            if (len == 0) {
                continue;
            }
            int code = reverse(nextCode[len]++, len);
            if (len <= root) {
                int e = templates[s] | len;
                for (int i = code; i < rootSize; i += 1 << len) {
                    entries[i] = e;
                }
            } else {
                int index = code & (rootSize - 1);
                int base = subOffset[index];
                int e = templates[s] | (len - root);
                for (int i = code >>> root; i < 1 << subBits[index]; i += 1 << (len - root)) {
                    entries[base + i] = e;
                }
            }
        }
    }

    private static int reverse(int code, int len) {
        return Integer.reverse(code) >>> (32 - len);
    }
}
