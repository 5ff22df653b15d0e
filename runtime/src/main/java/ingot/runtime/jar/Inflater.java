package ingot.runtime.jar;

/**
 * Raw deflate (RFC 1951) decoder over a whole input array: stored, fixed-Huffman and
 * dynamic-Huffman blocks, into one output array.
 *
 * <p>Acceptance follows zlib: HLIT above 286 or HDIST above 30, over-subscribed codes, incomplete
 * codes (except a lone length-1 code for literal/lengths or distances), a missing end-of-block
 * code, symbols 286/287 and distances 30/31, repeats with no previous length and distances before
 * the start of the output are all errors. Bytes after the final block are ignored.
 *
 * <p>Speed: the bit buffer lives in a local {@code long} refilled eight bytes at a time; literal
 * and length symbols are found with one lookup in a 2^10-entry root table (sub-tables for longer
 * codes); stored blocks and non-overlapping matches are copied with {@code System.arraycopy}. Near
 * the end of the input the buffer is padded with zero bytes, counted in {@code overrun}; consuming
 * any of them means the input was truncated.
 *
 * <p>An instance keeps its tables between calls (not thread-safe); {@link #inflate} makes one.
 */
public final class Inflater {
    /** {@code expectedSize} when the inflated size is not known in advance. */
    public static final long UNKNOWN_SIZE = -1;
    /** At most 258 bytes per 2 bits of input: the most one input byte can inflate to. */
    static final int MAX_RATIO = 1032;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int LITLEN_ROOT_BITS = 10;
    private static final int DIST_ROOT_BITS = 8;
    private static final int CODE_LENGTH_ROOT_BITS = 7;

    private final HuffmanTable litlenTable = new HuffmanTable();
    private final HuffmanTable distTable = new HuffmanTable();
    private final HuffmanTable codeLengthTable = new HuffmanTable();
    private final int[] lengths = new int[DeflateAlphabet.LITLEN_SYMBOLS + DeflateAlphabet.DIST_SYMBOLS];

    private byte[] src;
    private int pos;
    private int end;
    private long bitBuf;
    private int bitCount;
    /** Zero bytes appended to the bit buffer past the end of the input. */
    private int overrun;

    private byte[] out;
    private int outPos;
    private int maxOut;
    private long limit;
    private long expectedSize;

    /**
     * Inflates the raw deflate stream in {@code src[off, off+len)}. {@code expectedSize} is the
     * declared inflated size ({@link #UNKNOWN_SIZE} if none): the output must have exactly that
     * size. No entry may inflate to more than {@code limit} bytes.
     *
     * @throws JarFormatException for any malformed or truncated stream, a size mismatch, or
     *     output beyond the limit
     * @throws IllegalArgumentException if the range lies outside {@code src} or limit is negative
     */
    public static byte[] inflate(byte[] src, int off, int len, long expectedSize, long limit)
            throws JarFormatException {
        return new Inflater().decompress(src, off, len, expectedSize, limit);
    }

    /** Like {@link #inflate}, reusing this instance's tables. */
    public byte[] decompress(byte[] src, int off, int len, long expectedSize, long limit)
            throws JarFormatException {
        if (off < 0 || len < 0 || off > src.length - len || limit < 0) {
            throw new IllegalArgumentException("bad range " + off + "+" + len + " of " + src.length
                    + " or limit " + limit);
        }
        this.src = src;
        this.pos = off;
        this.end = off + len;
        this.bitBuf = 0;
        this.bitCount = 0;
        this.overrun = 0;
        startOutput(len, expectedSize, limit);
        try {
            readBlocks();
            return finishOutput();
        } finally {
            this.src = null;
            this.out = null;
        }
    }

    private void readBlocks() throws JarFormatException {
        boolean last;
        do {
            int header = bits(3);
            last = (header & 1) != 0;
            int type = header >>> 1;
            if (type == 0) {
                copyStoredBlock();
            } else if (type == 1) {
                decodeHuffmanBlock(DeflateAlphabet.FIXED_LITLEN, DeflateAlphabet.FIXED_DIST);
            } else if (type == 2) {
                readDynamicTables();
                decodeHuffmanBlock(litlenTable, distTable);
            } else {
                throw new JarFormatException("invalid deflate block type 3");
            }
        } while (!last);
        if (bitCount < 8 * overrun) {
            throw truncated();
        }
    }

    // ---- output ----

    private void startOutput(int len, long expectedSize, long limit) throws JarFormatException {
        long bound = (long) len * MAX_RATIO + MAX_RATIO;
        this.limit = limit;
        this.expectedSize = expectedSize;
        this.outPos = 0;
        if (expectedSize >= 0) {
            if (expectedSize > limit) {
                throw new JarFormatException("declared size " + expectedSize + " exceeds the limit of "
                        + limit + " bytes");
            }
            if (expectedSize > bound || expectedSize > MAX_ARRAY) {
                throw new JarFormatException("declared size " + expectedSize + " is more than " + len
                        + " deflated bytes can hold");
            }
            maxOut = (int) expectedSize;
            out = new byte[maxOut];
        } else {
            maxOut = (int) Math.min(Math.min(limit, bound), MAX_ARRAY);
            out = new byte[(int) Math.min(maxOut, Math.max(4L * len, 256))];
        }
    }

    /** Returns a larger output array with room for {@code need} more bytes after {@code used}. */
    private byte[] grow(int used, int need) throws JarFormatException {
        if (need > maxOut - used) {
            if (expectedSize >= 0) {
                throw new JarFormatException("data inflates past its declared size of " + expectedSize
                        + " bytes");
            }
            throw new JarFormatException("data inflates past the limit of " + limit + " bytes");
        }
        int size = (int) Math.max(used + need, Math.min(maxOut, 2L * out.length));
        byte[] bigger = new byte[size];
        System.arraycopy(out, 0, bigger, 0, used);
        out = bigger;
        return bigger;
    }

    private byte[] finishOutput() throws JarFormatException {
        if (expectedSize >= 0) {
            if (outPos != expectedSize) {
                throw new JarFormatException("data inflates to " + outPos + " bytes, declared "
                        + expectedSize);
            }
            return out;
        }
        byte[] exact = new byte[outPos];
        System.arraycopy(out, 0, exact, 0, outPos);
        return exact;
    }

    // ---- bits for headers ----

    private int bits(int n) throws JarFormatException {
        while (bitCount < n) {
            refillByte();
        }
        int v = (int) bitBuf & ((1 << n) - 1);
        bitBuf >>>= n;
        bitCount -= n;
        return v;
    }

    private void refillByte() throws JarFormatException {
        if (pos < end) {
            bitBuf |= (src[pos++] & 0xFFL) << bitCount;
        } else if (++overrun > 8) {
            throw truncated();
        }
        bitCount += 8;
    }

    /** Fills the bit buffer to more than 56 bits, padding with zeros past the end of the input. */
    private void refillSlow() throws JarFormatException {
        while (bitCount <= 56) {
            refillByte();
        }
    }

    private int decodeSymbol(HuffmanTable table) throws JarFormatException {
        refillSlow();
        int[] entries = table.entries;
        int e = entries[(int) bitBuf & ((1 << table.rootBits) - 1)];
        if ((e & HuffmanTable.KIND_MASK) == HuffmanTable.KIND_LINK) {
            bitBuf >>>= e & 15;
            bitCount -= e & 15;
            e = entries[(e >>> 16) + ((int) bitBuf & ((1 << ((e >>> 4) & 15)) - 1))];
        }
        bitBuf >>>= e & 15;
        bitCount -= e & 15;
        return e;
    }

    private static JarFormatException truncated() {
        return new JarFormatException("deflate data is truncated");
    }

    // ---- block types ----

    private void copyStoredBlock() throws JarFormatException {
        int drop = bitCount & 7;
        bitBuf >>>= drop;
        bitCount -= drop;
        int buffered = bitCount >> 3;
        if (buffered < overrun) {
            throw truncated();
        }
        pos -= buffered - overrun;
        overrun = 0;
        bitBuf = 0;
        bitCount = 0;
        if (end - pos < 4) {
            throw truncated();
        }
        int len = (src[pos] & 0xFF) | (src[pos + 1] & 0xFF) << 8;
        int nlen = (src[pos + 2] & 0xFF) | (src[pos + 3] & 0xFF) << 8;
        pos += 4;
        if (len != (~nlen & 0xFFFF)) {
            throw new JarFormatException("stored block length " + len + " does not match its complement");
        }
        if (len > end - pos) {
            throw truncated();
        }
        if (len > out.length - outPos) {
            grow(outPos, len);
        }
        System.arraycopy(src, pos, out, outPos, len);
        pos += len;
        outPos += len;
    }

    private void readDynamicTables() throws JarFormatException {
        int nlen = bits(5) + 257;
        int ndist = bits(5) + 1;
        int ncode = bits(4) + 4;
        if (nlen > DeflateAlphabet.MAX_LITLEN_CODES || ndist > DeflateAlphabet.MAX_DIST_CODES) {
            throw new JarFormatException("too many length or distance symbols (" + nlen + ", " + ndist + ")");
        }
        for (int i = 0; i < 19; i++) {
            lengths[DeflateAlphabet.CODE_LENGTH_ORDER[i]] = i < ncode ? bits(3) : 0;
        }
        codeLengthTable.build(lengths, 0, 19, DeflateAlphabet.CODE_LENGTH, CODE_LENGTH_ROOT_BITS, false,
                "code length");
        readCodeLengths(nlen + ndist);
        if (lengths[DeflateAlphabet.END_OF_BLOCK] == 0) {
            throw new JarFormatException("dynamic block has no end-of-block code");
        }
        litlenTable.build(lengths, 0, nlen, DeflateAlphabet.LITLEN, LITLEN_ROOT_BITS, true, "literal/length");
        distTable.build(lengths, nlen, ndist, DeflateAlphabet.DIST, DIST_ROOT_BITS, true, "distance");
    }

    private void readCodeLengths(int total) throws JarFormatException {
        int n = 0;
        while (n < total) {
            int e = decodeSymbol(codeLengthTable);
            if ((e & HuffmanTable.KIND_MASK) != HuffmanTable.KIND_LITERAL) {
                throw new JarFormatException("invalid code length code");
            }
            int symbol = e >>> 16;
            if (symbol < 16) {
                lengths[n++] = symbol;
                continue;
            }
            int value = 0;
            int repeat;
            if (symbol == 16) {
                if (n == 0) {
                    throw new JarFormatException("code length repeat with no previous length");
                }
                value = lengths[n - 1];
                repeat = 3 + bits(2);
            } else if (symbol == 17) {
                repeat = 3 + bits(3);
            } else {
                repeat = 11 + bits(7);
            }
            if (repeat > total - n) {
                throw new JarFormatException("code length repeat past the last symbol");
            }
            for (int i = 0; i < repeat; i++) {
                lengths[n++] = value;
            }
        }
    }

    /**
     * Decodes one Huffman block up to its end-of-block code. The state is kept in locals and
     * written back to the fields around the rare calls that need it.
     */
    private void decodeHuffmanBlock(HuffmanTable litlen, HuffmanTable dist) throws JarFormatException {
        final byte[] in = src;
        final int[] lit = litlen.entries;
        final int litMask = (1 << litlen.rootBits) - 1;
        final int[] dst = dist.entries;
        final int distMask = (1 << dist.rootBits) - 1;
        int p = pos;
        final int fastEnd = end - 8;
        long bb = bitBuf;
        int bc = bitCount;
        byte[] o = out;
        int op = outPos;
        for (;;) {
            if (bc < 48) {
                if (p <= fastEnd) {
                    bb |= ((in[p] & 0xFFL) | (in[p + 1] & 0xFFL) << 8 | (in[p + 2] & 0xFFL) << 16
                            | (in[p + 3] & 0xFFL) << 24 | (in[p + 4] & 0xFFL) << 32
                            | (in[p + 5] & 0xFFL) << 40 | (in[p + 6] & 0xFFL) << 48
                            | (in[p + 7] & 0xFFL) << 56) << bc;
                    p += (63 - bc) >>> 3;
                    bc |= 56;
                } else {
                    pos = p;
                    bitBuf = bb;
                    bitCount = bc;
                    refillSlow();
                    p = pos;
                    bb = bitBuf;
                    bc = bitCount;
                }
            }
            int e = lit[(int) bb & litMask];
            if ((e & HuffmanTable.KIND_MASK) == HuffmanTable.KIND_LINK) {
                bb >>>= e & 15;
                bc -= e & 15;
                e = lit[(e >>> 16) + ((int) bb & ((1 << ((e >>> 4) & 15)) - 1))];
            }
            bb >>>= e & 15;
            bc -= e & 15;
            int kind = e & HuffmanTable.KIND_MASK;
            if (kind == HuffmanTable.KIND_LITERAL) {
                if (op >= o.length) {
                    o = grow(op, 1);
                }
                o[op++] = (byte) (e >>> 16);
                continue;
            }
            if (kind != HuffmanTable.KIND_BASE) {
                if (kind == HuffmanTable.KIND_END) {
                    break;
                }
                throw new JarFormatException("invalid literal/length code");
            }
            int extra = (e >>> 4) & 15;
            int length = (e >>> 16) + ((int) bb & ((1 << extra) - 1));
            bb >>>= extra;
            bc -= extra;
            e = dst[(int) bb & distMask];
            if ((e & HuffmanTable.KIND_MASK) == HuffmanTable.KIND_LINK) {
                bb >>>= e & 15;
                bc -= e & 15;
                e = dst[(e >>> 16) + ((int) bb & ((1 << ((e >>> 4) & 15)) - 1))];
            }
            bb >>>= e & 15;
            bc -= e & 15;
            if ((e & HuffmanTable.KIND_MASK) != HuffmanTable.KIND_BASE) {
                throw new JarFormatException("invalid distance code");
            }
            extra = (e >>> 4) & 15;
            int distance = (e >>> 16) + ((int) bb & ((1 << extra) - 1));
            bb >>>= extra;
            bc -= extra;
            if (distance > op) {
                throw new JarFormatException("distance " + distance + " reaches before the start of the data");
            }
            if (length > o.length - op) {
                o = grow(op, length);
            }
            copyMatch(o, op, distance, length);
            op += length;
        }
        pos = p;
        bitBuf = bb;
        bitCount = bc;
        outPos = op;
    }

    /**
     * Copies {@code length} bytes from {@code distance} back; an overlapping copy repeats the
     * pattern, copied in chunks that double as the already-written repetition grows.
     */
    private static void copyMatch(byte[] o, int op, int distance, int length) {
        int from = op - distance;
        if (distance >= length) {
            System.arraycopy(o, from, o, op, length);
        } else if (distance == 1) {
            byte b = o[from];
            for (int i = 0; i < length; i++) {
                o[op + i] = b;
            }
        } else {
            int to = op;
            int end = op + length;
            while (to < end) {
                int n = Math.min(to - from, end - to);
                System.arraycopy(o, from, o, to, n);
                to += n;
            }
        }
    }
}
