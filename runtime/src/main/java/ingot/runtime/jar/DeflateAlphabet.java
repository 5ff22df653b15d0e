package ingot.runtime.jar;

/**
 * The fixed parts of RFC 1951: what each literal/length, distance and code-length symbol means
 * (as {@link HuffmanTable} entry templates), the order code-length code lengths are sent in, and
 * the fixed Huffman tables of block type 1.
 */
final class DeflateAlphabet {
    static final int LITLEN_SYMBOLS = 288;
    static final int DIST_SYMBOLS = 32;
    static final int END_OF_BLOCK = 256;
    static final int MAX_LITLEN_CODES = 286;   // HLIT above this is invalid (as zlib)
    static final int MAX_DIST_CODES = 30;      // HDIST above this is invalid (as zlib)

    static final int[] CODE_LENGTH_ORDER = {
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
    };
    private static final int[] LENGTH_BASE = {
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258
    };
    private static final int[] LENGTH_EXTRA = {
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
    };
    private static final int[] DIST_BASE = {
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577
    };

    static final int[] LITLEN = litlenTemplates();
    static final int[] DIST = distTemplates();
    static final int[] CODE_LENGTH = codeLengthTemplates();
    static final HuffmanTable FIXED_LITLEN = fixedTable(fixedLitlenLengths(), LITLEN);
    static final HuffmanTable FIXED_DIST = fixedTable(fixedDistLengths(), DIST);

    private DeflateAlphabet() {
    }

    private static int[] litlenTemplates() {
        int[] t = new int[LITLEN_SYMBOLS];
        for (int s = 0; s < 256; s++) {
            t[s] = HuffmanTable.symbol(HuffmanTable.KIND_LITERAL, s, 0);
        }
        t[END_OF_BLOCK] = HuffmanTable.KIND_END;
        for (int i = 0; i < LENGTH_BASE.length; i++) {
            t[257 + i] = HuffmanTable.symbol(HuffmanTable.KIND_BASE, LENGTH_BASE[i], LENGTH_EXTRA[i]);
        }
        t[286] = HuffmanTable.KIND_INVALID;
        t[287] = HuffmanTable.KIND_INVALID;
        return t;
    }

    private static int[] distTemplates() {
        int[] t = new int[DIST_SYMBOLS];
        for (int i = 0; i < DIST_BASE.length; i++) {
            int extra = i < 4 ? 0 : (i >> 1) - 1;
            t[i] = HuffmanTable.symbol(HuffmanTable.KIND_BASE, DIST_BASE[i], extra);
        }
        t[30] = HuffmanTable.KIND_INVALID;
        t[31] = HuffmanTable.KIND_INVALID;
        return t;
    }

    private static int[] codeLengthTemplates() {
        int[] t = new int[19];
        for (int s = 0; s < t.length; s++) {
            t[s] = HuffmanTable.symbol(HuffmanTable.KIND_LITERAL, s, 0);
        }
        return t;
    }

    private static int[] fixedLitlenLengths() {
        int[] lengths = new int[LITLEN_SYMBOLS];
        for (int s = 0; s < LITLEN_SYMBOLS; s++) {
            lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
        }
        return lengths;
    }

    private static int[] fixedDistLengths() {
        int[] lengths = new int[DIST_SYMBOLS];
        for (int s = 0; s < DIST_SYMBOLS; s++) {
            lengths[s] = 5;
        }
        return lengths;
    }

    private static HuffmanTable fixedTable(int[] lengths, int[] templates) {
        HuffmanTable table = new HuffmanTable();
        try {
            table.build(lengths, 0, lengths.length, templates, 9, false, "fixed");
        } catch (JarFormatException e) {
            throw new IllegalStateException("the fixed Huffman code is complete: " + e.getMessage());
        }
        return table;
    }
}
