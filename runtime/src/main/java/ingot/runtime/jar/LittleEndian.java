package ingot.runtime.jar;

/** Little-endian reads from a byte array; callers have checked that the bytes are there. */
final class LittleEndian {
    private LittleEndian() {
    }

    static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int p) {
        return ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16) | (b[p + 3] & 0xFFL) << 24;
    }

    /** A 64-bit field; may be negative when the top bit is set, which callers reject. */
    static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }
}
