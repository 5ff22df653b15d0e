package ingot.runtime.jar;

/**
 * A jar (ZIP) archive held in one byte array. {@link #read} parses the end record and the central
 * directory; entry data is located, inflated and CRC-checked only when asked for. Every
 * malformation is a {@link JarFormatException}. Not thread-safe (it reuses one {@link Inflater}).
 */
public final class JarArchive {
    /** The default most bytes one entry may inflate to: 64 MiB. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 64L << 20;
    static final String MANIFEST_NAME = "META-INF/MANIFEST.MF";

    private final byte[] data;
    private final JarEntry[] entries;
    private final NameIndex index;
    private final long maxEntryBytes;
    private final Inflater inflater = new Inflater();
    /** The distinct N of the {@code META-INF/versions/N/} entries, highest first. */
    private final int[] releases;
    private Manifest manifest;
    /** Why the manifest could not be read, once it has been tried and failed. */
    private String manifestError;
    private boolean manifestRead;

    private JarArchive(byte[] data, JarEntry[] entries, long maxEntryBytes) {
        this.data = data;
        this.entries = entries;
        this.maxEntryBytes = maxEntryBytes;
        this.index = new NameIndex(entries.length);
        for (int i = 0; i < entries.length; i++) {
            index.put(entries[i].name(), i);
        }
        this.releases = VersionedView.releasesPresent(entries);
    }

    /** Reads the directory of {@code data} with the default entry limit. */
    public static JarArchive read(byte[] data) throws JarFormatException {
        return read(data, DEFAULT_MAX_ENTRY_BYTES);
    }

    /** Reads the directory of {@code data}; no entry may inflate to more than {@code maxEntryBytes}. */
    public static JarArchive read(byte[] data, long maxEntryBytes) throws JarFormatException {
        if (maxEntryBytes < 0) {
            throw new IllegalArgumentException("negative entry limit " + maxEntryBytes);
        }
        EndRecord end = EndRecord.find(data);
        return new JarArchive(data, CentralDirectory.read(data, end), maxEntryBytes);
    }

    /** Entries in the central directory. */
    public int size() {
        return entries.length;
    }

    public JarEntry entry(int i) {
        return entries[i];
    }

    /** The entry named {@code name} (the last one if the name repeats), or null. */
    public JarEntry find(String name) {
        int i = index.get(name);
        return i < 0 ? null : entries[i];
    }

    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /**
     * The entry's inflated bytes, checked against its declared size and CRC.
     *
     * @throws JarFormatException for a bad local header, data outside the archive, an encrypted
     *     entry or a method other than stored/deflated, malformed deflate data, a size beyond the
     *     limit, or a size or CRC mismatch
     */
    public byte[] contents(JarEntry e) throws JarFormatException {
        if ((e.flags() & 1) != 0) {
            throw new JarFormatException(e.name() + ": encrypted entries are not supported");
        }
        byte[] bytes = extract(e, dataOffset(e));
        int crc = Crc32.of(bytes, 0, bytes.length);
        if ((crc & 0xFFFFFFFFL) != e.crc()) {
            throw new JarFormatException(e.name() + ": CRC mismatch (data " + Long.toHexString(crc & 0xFFFFFFFFL)
                    + ", declared " + Long.toHexString(e.crc()) + ")");
        }
        return bytes;
    }

    /**
     * Where the entry's stored or deflated data starts in the archive array (past its local
     * header); its {@link JarEntry#compressedSize} bytes are checked to lie inside the array.
     */
    public int dataOffset(JarEntry e) throws JarFormatException {
        if (e.index() >= entries.length || entries[e.index()] != e) {
            throw new IllegalArgumentException(e.name() + " is not an entry of this archive");
        }
        return LocalHeader.dataStart(data, e);
    }

    private byte[] extract(JarEntry e, int start) throws JarFormatException {
        int length = (int) e.compressedSize();
        if (e.method() == JarEntry.DEFLATED) {
            try {
                return inflater.decompress(data, start, length, e.size(), maxEntryBytes);
            } catch (JarFormatException x) {
                throw new JarFormatException(e.name() + ": " + x.getMessage());
            }
        }
        if (e.method() != JarEntry.STORED) {
            throw new JarFormatException(e.name() + ": unsupported compression method " + e.method());
        }
        if (e.size() != e.compressedSize()) {
            throw new JarFormatException(e.name() + ": stored entry has size " + e.size()
                    + " but compressed size " + e.compressedSize());
        }
        if (e.size() > maxEntryBytes) {
            throw new JarFormatException(e.name() + ": size " + e.size() + " exceeds the limit of "
                    + maxEntryBytes + " bytes");
        }
        byte[] bytes = new byte[length];
        System.arraycopy(data, start, bytes, 0, length);
        return bytes;
    }

    /**
     * The parsed {@code META-INF/MANIFEST.MF} (found exactly, else ignoring case as the JDK does),
     * or null when the archive has none. It is read once: a failure is reported again on each call.
     */
    public Manifest manifest() throws JarFormatException {
        if (!manifestRead) {
            manifestRead = true;
            JarEntry e = manifestEntry();
            try {
                manifest = e == null ? null : Manifest.parse(contents(e));
            } catch (JarFormatException x) {
                manifestError = x.getMessage();
            }
        }
        if (manifestError != null) {
            throw new JarFormatException(manifestError);
        }
        return manifest;
    }

    private JarEntry manifestEntry() {
        JarEntry e = find(MANIFEST_NAME);
        for (int i = 0; e == null && i < entries.length; i++) {
            if (entries[i].name().equalsIgnoreCase(MANIFEST_NAME)) {
                e = entries[i];
            }
        }
        return e;
    }

    /**
     * True when the manifest's main section says {@code Multi-Release: true}. A missing or
     * unreadable manifest makes the jar not multi-release ({@link #manifest} reports the error).
     */
    public boolean isMultiRelease() {
        try {
            Manifest m = manifest();
            return m != null && m.isMultiRelease();
        } catch (JarFormatException e) {
            return false;
        }
    }

    /**
     * The entries a class loader sees for {@code release}. For a jar that is not multi-release:
     * every entry, in central-directory order. For a multi-release jar: one entry per name a loader
     * sees ({@link #loaderName}), in the order those names first appear in the central directory;
     * for each, the {@code META-INF/versions/N/} entry with the highest N &lt;= release, else the
     * base entry. Entries under {@code META-INF/versions/} with N &gt; release or a malformed N are
     * left out (see {@link JarEntry#release()}).
     */
    public JarEntry[] versionedEntries(int release) {
        if (!isMultiRelease()) {
            JarEntry[] all = new JarEntry[entries.length];
            System.arraycopy(entries, 0, all, 0, all.length);
            return all;
        }
        return VersionedView.select(entries, release);
    }

    /** The entry a class loader gets for {@code name} at {@code release}, or null. */
    public JarEntry findVersioned(String name, int release) {
        if (isMultiRelease() && !name.startsWith("META-INF/")) {
            for (int v : releases) {
                JarEntry e = v <= release ? find(JarEntry.VERSIONS_PREFIX + v + "/" + name) : null;
                if (e != null) {
                    return e;
                }
            }
        }
        return find(name);
    }

    /** The name a class loader sees for {@code e}: {@link JarEntry#baseName} in a multi-release jar. */
    public String loaderName(JarEntry e) {
        return isMultiRelease() ? e.baseName() : e.name();
    }
}
