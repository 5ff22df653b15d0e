package ingot.translator.rig;

import java.io.ByteArrayOutputStream;

/**
 * Cuts a console's byte stream into lines, in whatever chunks it arrives, and hands each
 * complete line (with its newline) to {@link #line}; {@link #finish} hands on a last line
 * that has no newline. Lines are passed on as they complete, so output streams while the
 * guest runs.
 */
abstract class LineSplitter implements StreamPump.Chunks {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    @Override
    public synchronized void accept(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (pending.size() == 0) {
                lineStarts();
            }
            pending.write(bytes[i]);
            if (bytes[i] == '\n') {
                endLine();
            }
        }
    }

    /** Passes on a last line that has no newline. */
    public synchronized void finish() {
        if (pending.size() > 0) {
            endLine();
        }
    }

    /** A complete line, with its newline (none for the last one at {@link #finish}). */
    protected abstract void line(byte[] bytes);

    /** Called when the first byte of a line arrives; nothing by default. */
    protected void lineStarts() {
    }

    private void endLine() {
        byte[] bytes = pending.toByteArray();
        pending.reset();
        line(bytes);
    }

    /** "...\r\n" becomes "...\n"; anything else is kept. */
    static byte[] withoutCarriageReturn(byte[] bytes) {
        int n = bytes.length;
        if (n >= 2 && bytes[n - 1] == '\n' && bytes[n - 2] == '\r') {
            byte[] shorter = new byte[n - 1];
            System.arraycopy(bytes, 0, shorter, 0, n - 2);
            shorter[n - 2] = '\n';
            return shorter;
        }
        return bytes;
    }
}
