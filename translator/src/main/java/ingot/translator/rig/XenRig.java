package ingot.translator.rig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Splits the console of the Xen rig, where Xen's log and the dom0 guest share COM1: lines
 * that start with {@code (XEN)} are Xen's log, the shim's exit line {@code ingot: exit N}
 * gives the guest's status, and every other line is the guest's output. Xen's serial driver
 * ends lines with CR LF; the CR is dropped. Lines are passed on as they complete, so the
 * guest's output streams while it runs. Xen has one console: a guest's stdout and stderr
 * both arrive here, as stdout.
 */
public final class XenRig implements StreamPump.Chunks {
    static final String XEN_LOG_PREFIX = "(XEN)";

    private final CapturedStream guest;
    private final CapturedStream xenLog;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private OptionalInt status = OptionalInt.empty();

    XenRig(CapturedStream guest, CapturedStream xenLog) {
        this.guest = guest;
        this.xenLog = xenLog;
    }

    @Override
    public void accept(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            line.write(bytes[i]);
            if (bytes[i] == '\n') {
                endLine();
            }
        }
    }

    /** Passes on a last line that has no newline. */
    public void finish() {
        if (line.size() > 0) {
            endLine();
        }
    }

    /** The status of the guest's exit line, when it printed one. */
    public OptionalInt status() {
        return status;
    }

    private void endLine() {
        byte[] bytes = withoutCarriageReturn(line.toByteArray());
        line.reset();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(XEN_LOG_PREFIX)) {
            xenLog.write(bytes, 0, bytes.length);
            return;
        }
        OptionalInt exit = ExitLine.parse(text);
        if (exit.isPresent()) {
            status = exit;
            return;
        }
        guest.write(bytes, 0, bytes.length);
    }

    /** "...\r\n" becomes "...\n"; anything else is kept. */
    private static byte[] withoutCarriageReturn(byte[] bytes) {
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
