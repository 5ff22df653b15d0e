package ingot.runtime.jar;

/**
 * The local file header before each entry's data. Only its signature and its own name and extra
 * lengths are used (to find where the data starts); sizes and CRC come from the central directory,
 * so entries written with a data descriptor (flag bit 3, zero sizes here) read the same way.
 */
final class LocalHeader {
    static final int SIG = 0x04034b50;
    static final int SIZE = 30;

    private LocalHeader() {
    }

    /** Offset in {@code data} of the entry's data, checked to lie wholly inside the data. */
    static int dataStart(byte[] data, JarEntry e) throws JarFormatException {
        long p = e.localHeaderOffset();
        if (p < 0 || p > data.length - SIZE) {
            throw new JarFormatException(e.name() + ": local header offset " + p + " is outside the "
                    + data.length + "-byte archive");
        }
        int at = (int) p;
        if (LittleEndian.u32(data, at) != SIG) {
            throw new JarFormatException(e.name() + ": no local header signature at offset " + p);
        }
        long start = p + SIZE + LittleEndian.u16(data, at + 26) + LittleEndian.u16(data, at + 28);
        if (e.compressedSize() > data.length - start) {
            throw new JarFormatException(e.name() + ": " + e.compressedSize() + " bytes of data at offset "
                    + start + " run past the end of the " + data.length + "-byte archive");
        }
        return (int) start;
    }
}
