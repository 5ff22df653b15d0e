package ingot.runtime.jar;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;

/** The reference: java.util.zip.Inflater (native zlib) on a raw deflate stream. */
final class Zlib {
    private Zlib() {
    }

    /**
     * The inflated bytes, or null when zlib rejects the stream, needs more input than there is, or
     * produces more than {@code limit} bytes.
     */
    static byte[] inflate(byte[] src, int off, int len, int limit) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            inflater.setInput(src, off, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    static byte[] inflate(byte[] src, int limit) {
        return inflate(src, 0, src.length, limit);
    }

    /** Raw deflate of {@code data} at {@code level} with {@code strategy}. */
    static byte[] deflate(byte[] data, int level, int strategy) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(level, true);
        try {
            deflater.setStrategy(strategy);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] deflate(byte[] data) {
        return deflate(data, java.util.zip.Deflater.DEFAULT_COMPRESSION, java.util.zip.Deflater.DEFAULT_STRATEGY);
    }
}
