package ingot.runtime.jar;

/**
 * One central-directory record. Sizes, CRC and method come from the central directory (with its
 * ZIP64 extra field), which is authoritative: local headers and data descriptors are not consulted
 * for them.
 */
public final class JarEntry {
    public static final int STORED = 0;
    public static final int DEFLATED = 8;
    static final String VERSIONS_PREFIX = "META-INF/versions/";
    /** The highest N a {@code META-INF/versions/N/} directory may have (four digits). */
    public static final int MAX_RELEASE = 9999;

    private final String name;
    private final int index;
    private final int flags;
    private final int method;
    private final long crc;
    private final long compressedSize;
    private final long size;
    private final long localHeaderOffset;
    private final int release;

    JarEntry(String name, int index, int flags, int method, long crc, long compressedSize, long size,
             long localHeaderOffset) {
        this.name = name;
        this.index = index;
        this.flags = flags;
        this.method = method;
        this.crc = crc;
        this.compressedSize = compressedSize;
        this.size = size;
        this.localHeaderOffset = localHeaderOffset;
        this.release = versionOf(name);
    }

    public String name() {
        return name;
    }

    /** Position in the central directory. */
    public int index() {
        return index;
    }

    /** Inflated size as declared in the central directory. */
    public long size() {
        return size;
    }

    public long compressedSize() {
        return compressedSize;
    }

    /** {@link #STORED}, {@link #DEFLATED} or another ZIP method number (which cannot be read). */
    public int method() {
        return method;
    }

    /** The declared CRC-32, as an unsigned value. */
    public long crc() {
        return crc;
    }

    /** General-purpose flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name). */
    public int flags() {
        return flags;
    }

    public boolean isDirectory() {
        return name.endsWith("/");
    }

    /** Offset of the local header in the archive array (the end record's base already added). */
    public long localHeaderOffset() {
        return localHeaderOffset;
    }

    /**
     * N for a name {@code META-INF/versions/N/rest} with N a decimal number without leading zeros,
     * 9 &lt;= N &lt;= {@link #MAX_RELEASE}, and rest neither empty nor under {@code META-INF/}; -1 for any other name under
     * {@code META-INF/versions/}; 0 for all other names. Meaningful only in a multi-release jar.
     */
    public int release() {
        return release;
    }

    /** For {@code release() > 0}, the name without {@code META-INF/versions/N/}; else the name. */
    public String baseName() {
        if (release <= 0) {
            return name;
        }
        return name.substring(name.indexOf('/', VERSIONS_PREFIX.length()) + 1);
    }

    @Override
    public String toString() {
        return name;
    }

    private static int versionOf(String name) {
        if (!name.startsWith(VERSIONS_PREFIX)) {
            return 0;
        }
        int start = VERSIONS_PREFIX.length();
        int slash = name.indexOf('/', start);
        if (slash < 0 || slash == start || slash > start + 4 || name.charAt(start) == '0'
                || slash == name.length() - 1 || name.startsWith("META-INF/", slash + 1)) {
            return -1;
        }
        int n = 0;
        for (int i = start; i < slash; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 9 ? n : -1;
    }
}
