package ingot.runtime.jar;

/**
 * Parses the central directory records between the positions an {@link EndRecord} gives. The
 * records must exactly fill that range; the declared entry count is only a capacity hint (as in
 * the JDK, which recounts when it is wrong). Names are decoded as UTF-8 whether or not flag bit 11
 * is set, as the JDK does for jars. Saturated 32-bit sizes and offsets (0xFFFFFFFF) are replaced,
 * in order, from the ZIP64 extra field (id 1); a missing or short ZIP64 field is an error.
 */
final class CentralDirectory {
    static final int SIG = 0x02014b50;
    static final int SIZE = 46;
    private static final int ZIP64_EXTRA_ID = 1;
    private static final long SATURATED = 0xFFFFFFFFL;

    private CentralDirectory() {
    }

    static JarEntry[] read(byte[] data, EndRecord end) throws JarFormatException {
        int span = end.directoryEnd - end.directoryStart;
        int capacity = (int) Math.max(1, Math.min(end.declaredEntries, span / SIZE));
        JarEntry[] entries = new JarEntry[capacity];
        int count = 0;
        int p = end.directoryStart;
        while (p < end.directoryEnd) {
            if (count == entries.length) {
                entries = copyOf(entries, Math.min(count * 2 + 1, span / SIZE + 1));
            }
            entries[count] = readRecord(data, p, end, count);
            p += SIZE + LittleEndian.u16(data, p + 28) + LittleEndian.u16(data, p + 30)
                    + LittleEndian.u16(data, p + 32);
            count++;
        }
        return count == entries.length ? entries : copyOf(entries, count);
    }

    private static JarEntry readRecord(byte[] data, int p, EndRecord end, int index) throws JarFormatException {
        if (end.directoryEnd - p < SIZE) {
            throw new JarFormatException("central directory entry #" + index + " is truncated");
        }
        if (LittleEndian.u32(data, p) != SIG) {
            throw new JarFormatException("central directory entry #" + index + " has no signature (offset "
                    + p + ")");
        }
        int nameLength = LittleEndian.u16(data, p + 28);
        int extraLength = LittleEndian.u16(data, p + 30);
        int commentLength = LittleEndian.u16(data, p + 32);
        if (SIZE + nameLength + extraLength + commentLength > end.directoryEnd - p) {
            throw new JarFormatException("central directory entry #" + index
                    + " runs past the end of the directory");
        }
        String name = Utf8.decode(data, p + SIZE, nameLength, "name of central directory entry #" + index);
        long[] sizes = {
            LittleEndian.u32(data, p + 24), LittleEndian.u32(data, p + 20), LittleEndian.u32(data, p + 42)
        };
        applyZip64(data, p + SIZE + nameLength, extraLength, sizes, name);
        return new JarEntry(name, index, LittleEndian.u16(data, p + 8), LittleEndian.u16(data, p + 10),
                LittleEndian.u32(data, p + 16), sizes[1], sizes[0], end.base + sizes[2]);
    }

    /**
     * Replaces saturated values of {@code sizes} (size, compressed size, local offset) from the
     * ZIP64 extra field in {@code data[p, p+length)}.
     */
    private static void applyZip64(byte[] data, int p, int length, long[] sizes, String name)
            throws JarFormatException {
        if (sizes[0] != SATURATED && sizes[1] != SATURATED && sizes[2] != SATURATED) {
            return;
        }
        int field = findExtra(data, p, length, ZIP64_EXTRA_ID);
        if (field < 0) {
            throw new JarFormatException(name + ": ZIP64 sizes are announced but there is no ZIP64 extra field");
        }
        int at = field + 4;
        int fieldEnd = at + LittleEndian.u16(data, field + 2);
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != SATURATED) {
                continue;
            }
            if (fieldEnd - at < 8) {
                throw new JarFormatException(name + ": ZIP64 extra field is too short");
            }
            sizes[i] = LittleEndian.u64(data, at);
            if (sizes[i] < 0) {
                throw new JarFormatException(name + ": ZIP64 value " + Long.toUnsignedString(sizes[i])
                        + " is out of range");
            }
            at += 8;
        }
    }

    /** Start of the extra field with {@code id} whose data lies within the area, or -1. */
    private static int findExtra(byte[] data, int p, int length, int id) {
        int end = p + length;
        while (end - p >= 4) {
            int size = LittleEndian.u16(data, p + 2);
            if (size > end - p - 4) {
                return -1;
            }
            if (LittleEndian.u16(data, p) == id) {
                return p;
            }
            p += 4 + size;
        }
        return -1;
    }

    private static JarEntry[] copyOf(JarEntry[] entries, int length) {
        JarEntry[] copy = new JarEntry[length];
        System.arraycopy(entries, 0, copy, 0, Math.min(length, entries.length));
        return copy;
    }
}
