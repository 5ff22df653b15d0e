package ingot.runtime.jar;

/**
 * CRC-32 as used by ZIP (polynomial 0xEDB88320, reflected, pre- and post-inverted), computed eight
 * bytes at a time with eight 256-entry tables ("slicing by 8").
 */
public final class Crc32 {
    private static final int POLY = 0xEDB88320;
    /** TABLE[k * 256 + b]: the CRC of byte b followed by k zero bytes. */
    private static final int[] TABLE = buildTable();

    private Crc32() {
    }

    /**
     * Continues a CRC over {@code b[off, off+len)}. Start with {@code crc = 0}; the result of one
     * call is the {@code crc} of the next, exactly like {@code java.util.zip.CRC32.update}.
     */
    public static int update(int crc, byte[] b, int off, int len) {
        int c = ~crc;
        int i = off;
        int end = off + len;
        int[] t = TABLE;
        while (i <= end - 8) {
            int lo = c ^ ((b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | b[i + 3] << 24);
            c = t[7 * 256 + (lo & 0xFF)] ^ t[6 * 256 + ((lo >>> 8) & 0xFF)]
                    ^ t[5 * 256 + ((lo >>> 16) & 0xFF)] ^ t[4 * 256 + (lo >>> 24)]
                    ^ t[3 * 256 + (b[i + 4] & 0xFF)] ^ t[2 * 256 + (b[i + 5] & 0xFF)]
                    ^ t[256 + (b[i + 6] & 0xFF)] ^ t[b[i + 7] & 0xFF];
            i += 8;
        }
        while (i < end) {
            c = t[(c ^ b[i]) & 0xFF] ^ (c >>> 8);
            i++;
        }
        return ~c;
    }

    /** The CRC of {@code b[off, off+len)}. */
    public static int of(byte[] b, int off, int len) {
        return update(0, b, off, len);
    }

    private static int[] buildTable() {
        int[] t = new int[8 * 256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
            }
            t[n] = c;
        }
        for (int k = 1; k < 8; k++) {
            for (int n = 0; n < 256; n++) {
                int prev = t[(k - 1) * 256 + n];
                t[k * 256 + n] = t[prev & 0xFF] ^ (prev >>> 8);
            }
        }
        return t;
    }
}
