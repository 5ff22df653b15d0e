package ingot.runtime.jar;

/**
 * The one exception the jar reader and the inflater throw for malformed input: truncation, offsets
 * or lengths that point outside the archive, invalid Huffman tables, CRC or size mismatches, an
 * entry that inflates past the configured limit, an unsupported method or a malformed manifest.
 * The message says what was wrong and where.
 */
public final class JarFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public JarFormatException(String message) {
        super(message);
    }
}
