package ingot.runtime.jar;

/**
 * Finds the central directory: the end-of-central-directory record (searched backwards over at
 * most 64 KiB of comment), then the ZIP64 end record when a ZIP64 locator precedes it.
 *
 * <p>As the JDK does: a candidate end record whose comment length does not reach the end of the
 * data is still taken when the central directory and first local header it implies both start
 * with their signatures; the ZIP64 end record is used only when present, well-formed and
 * consistent with the plain record's non-saturated fields. The directory is located by its size
 * back from the end record; {@code base} (the directory's real position minus its recorded offset)
 * is added to every local-header offset, so archives with a prefix (a launcher stub) read too.
 */
final class EndRecord {
    static final int SIG = 0x06054b50;
    static final int SIZE = 22;
    static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    static final int ZIP64_LOCATOR_SIZE = 20;
    static final int ZIP64_SIG = 0x06064b50;
    static final int ZIP64_SIZE = 56;
    private static final int MAX_COMMENT = 0xFFFF;

    /** Where the central directory starts and ends in the data. */
    final int directoryStart;
    final int directoryEnd;
    /** Added to recorded local-header offsets. */
    final long base;
    /** Entry count the record declares (a capacity hint only). */
    final long declaredEntries;

    private EndRecord(int directoryStart, int directoryEnd, long base, long declaredEntries) {
        this.directoryStart = directoryStart;
        this.directoryEnd = directoryEnd;
        this.base = base;
        this.declaredEntries = declaredEntries;
    }

    static EndRecord find(byte[] data) throws JarFormatException {
        int lowest = Math.max(0, data.length - SIZE - MAX_COMMENT);
        for (int p = data.length - SIZE; p >= lowest; p--) {
            if (LittleEndian.u32(data, p) == SIG && plausible(data, p)) {
                return locate(data, p);
            }
        }
        throw new JarFormatException("no end of central directory record: not a zip or jar file ("
                + data.length + " bytes)");
    }

    private static boolean plausible(byte[] data, int p) {
        if (p + SIZE + LittleEndian.u16(data, p + 20) == data.length) {
            return true;
        }
        long directory = p - LittleEndian.u32(data, p + 12);
        long firstLocal = directory - LittleEndian.u32(data, p + 16);
        return firstLocal >= 0 && signatureAt(data, directory, CentralDirectory.SIG)
                && signatureAt(data, firstLocal, LocalHeader.SIG);
    }

    private static boolean signatureAt(byte[] data, long p, int sig) {
        return p >= 0 && p <= data.length - 4 && LittleEndian.u32(data, (int) p) == sig;
    }

    private static EndRecord locate(byte[] data, int p) throws JarFormatException {
        long entries = LittleEndian.u16(data, p + 10);
        long size = LittleEndian.u32(data, p + 12);
        long offset = LittleEndian.u32(data, p + 16);
        long endPos = p;
        int z = zip64Record(data, p);
        if (z >= 0) {
            long entries64 = LittleEndian.u64(data, z + 32);
            long size64 = LittleEndian.u64(data, z + 40);
            long offset64 = LittleEndian.u64(data, z + 48);
            if ((size64 == size || size == 0xFFFFFFFFL) && (offset64 == offset || offset == 0xFFFFFFFFL)
                    && (entries64 == entries || entries == 0xFFFF)) {
                entries = entries64;
                size = size64;
                offset = offset64;
                endPos = z;
            }
        }
        if (size < 0 || size > endPos) {
            throw new JarFormatException("central directory size " + size + " exceeds the "
                    + endPos + " bytes before the end record");
        }
        long start = endPos - size;
        if (offset < 0 || offset > start) {
            throw new JarFormatException("central directory offset " + offset + " is past its position "
                    + start);
        }
        return new EndRecord((int) start, (int) endPos, start - offset, entries);
    }

    /** The position of a well-formed ZIP64 end record announced by a locator before p, or -1. */
    private static int zip64Record(byte[] data, int p) {
        if (p < ZIP64_LOCATOR_SIZE || LittleEndian.u32(data, p - ZIP64_LOCATOR_SIZE) != ZIP64_LOCATOR_SIG) {
            return -1;
        }
        long z = LittleEndian.u64(data, p - ZIP64_LOCATOR_SIZE + 8);
        if (z < 0 || z > p - ZIP64_LOCATOR_SIZE - ZIP64_SIZE || LittleEndian.u32(data, (int) z) != ZIP64_SIG) {
            return -1;
        }
        return (int) z;
    }
}
