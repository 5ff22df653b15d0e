package ingot.runtime.classfile;

/**
 * A bounds-checked big-endian cursor over a class file. Reading past the end, or a count that the
 * remaining bytes cannot hold, is a {@link ClassFormatError} at the current offset.
 */
final class ClassInput {
    private final byte[] bytes;
    private int pos;
    private int limit;
    private String className;

    ClassInput(byte[] bytes) {
        this.bytes = bytes;
        this.limit = bytes.length;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return limit - pos;
    }

    byte[] array() {
        return bytes;
    }

    /** The class named in error messages, once this_class has been read. */
    void nameClass(String name) {
        className = name;
    }

    String className() {
        return className;
    }

    int u1() {
        need(1);
        return bytes[pos++] & 0xFF;
    }

    int u2() {
        need(2);
        int value = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
        pos += 2;
        return value;
    }

    int s4() {
        need(4);
        int value = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16)
                | ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
        pos += 4;
        return value;
    }

    long s8() {
        long high = s4() & 0xFFFFFFFFL;
        long low = s4() & 0xFFFFFFFFL;
        return (high << 32) | low;
    }

    /** A u4 length that must fit in the remaining input; returns it as an int. */
    int length(String what) {
        int at = pos;
        int value = s4();
        if (value < 0 || value > remaining()) {
            throw failAt(at, what + " length " + (value & 0xFFFFFFFFL) + " exceeds the "
                    + remaining() + " bytes left");
        }
        return value;
    }

    /** A u2 count of items each at least {@code minBytes} long, checked against the input left. */
    int count(String what, int minBytes) {
        int at = pos;
        int n = u2();
        if ((long) n * minBytes > remaining()) {
            throw failAt(at, what + " count " + n + " cannot fit in the " + remaining() + " bytes left");
        }
        return n;
    }

    byte[] copy(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(bytes, pos, out, 0, n);
        pos += n;
        return out;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    /** Restricts reading to the next {@code n} bytes; returns the previous limit for {@link #endSection}. */
    int beginSection(int n) {
        need(n);
        int saved = limit;
        limit = pos + n;
        return saved;
    }

    /** Ends a section, which must have been read exactly; returns false, changing nothing, if not. */
    boolean endSection(int savedLimit) {
        if (pos != limit) {
            return false;
        }
        limit = savedLimit;
        return true;
    }

    void expectEnd() {
        if (pos != bytes.length) {
            throw fail((bytes.length - pos) + " extra bytes after the last attribute");
        }
    }

    private void need(int n) {
        if (n < 0 || limit - pos < n) {
            throw fail("truncated: " + n + " bytes needed, " + (limit - pos) + " left");
        }
    }

    ClassFormatError fail(String what) {
        return failAt(pos, what);
    }

    ClassFormatError failAt(int offset, String what) {
        return new ClassFormatError(FormatMessage.of(className, offset, what));
    }
}
