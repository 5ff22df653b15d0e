package ingot.translator.rig;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Splits the console of the Xen rig, where Xen's log and the dom0 guest share COM1: lines
 * that start with {@code (XEN)} are Xen's log, the shim's exit line {@code ingot: exit N}
 * gives the guest's status, and every other line is the guest's output. Xen's serial driver
 * ends lines with CR LF; the CR is dropped. Xen has one console: a guest's stdout and stderr
 * both arrive here, as stdout.
 */
public final class XenRig extends LineSplitter {
    static final String XEN_LOG_PREFIX = "(XEN)";

    private final CapturedStream guest;
    private final CapturedStream xenLog;
    private OptionalInt status = OptionalInt.empty();

    XenRig(CapturedStream guest, CapturedStream xenLog) {
        this.guest = guest;
        this.xenLog = xenLog;
    }

    /** The status of the guest's exit line, when it printed one. */
    public synchronized OptionalInt status() {
        return status;
    }

    @Override
    protected void line(byte[] line) {
        byte[] bytes = withoutCarriageReturn(line);
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
}
