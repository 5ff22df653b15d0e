package ingot.translator.rig;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shim's exit line, {@code ingot: exit N} (boot/exit.asm): on Xen the last console line,
 * off Xen the text on port 0xE9. N is a Java int; a host process status is N & 0xFF.
 */
public final class ExitLine {
    static final String PREFIX = "ingot: exit ";
    private static final Pattern LINE = Pattern.compile("ingot: exit (-?[0-9]{1,10})\\r?\\n?");

    private ExitLine() {
    }

    /** The status in {@code line} when it is an exit line. */
    public static OptionalInt parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(matcher.group(1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The status of the last exit line in {@code text}, when there is one. */
    public static OptionalInt lastIn(String text) {
        OptionalInt status = OptionalInt.empty();
        for (String line : text.split("\n")) {
            OptionalInt parsed = parse(line);
            if (parsed.isPresent()) {
                status = parsed;
            }
        }
        return status;
    }

    /**
     * The guest status behind QEMU's process status when the guest wrote v to isa-debug-exit:
     * QEMU exits with (v << 1) | 1, so an odd status gives v; an even one means the guest gave
     * none (QEMU stopped for another reason, such as a reset with -no-reboot).
     */
    public static OptionalInt fromDebugExit(int qemuStatus) {
        return (qemuStatus & 1) == 1 ? OptionalInt.of(qemuStatus >> 1) : OptionalInt.empty();
    }

    /** A guest status as a host process status, like a Unix process's: status & 0xFF. */
    public static int processStatus(int guestStatus) {
        return guestStatus & 0xFF;
    }
}
