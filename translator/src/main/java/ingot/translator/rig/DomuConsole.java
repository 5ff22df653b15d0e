package ingot.translator.rig;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * COM2 of the Xen domU rig: the domUs' consoles, one after the other, as dom0's xl console
 * client copies them (raw, byte for byte). After each guest dom0 writes the line
 * {@code ingot-dom0: end of guest K}; bytes before it on that line (a last line without a
 * newline) still belong to guest K. In each guest's output the shim's exit line gives its
 * status and is taken out; everything else is the guest's output (a domU has one console:
 * stdout and stderr both arrive here). The host time of each guest's first byte is kept.
 */
final class DomuConsole extends LineSplitter {
    static final String END_OF_GUEST = "ingot-dom0: end of guest ";

    /** One guest's console. */
    private static final class Guest {
        final CapturedStream output;
        OptionalInt status = OptionalInt.empty();
        long firstByteNanos = -1;

        Guest(OutputStream live) {
            output = new CapturedStream(live);
        }
    }

    private final List<Guest> guests = new ArrayList<>();
    private int current;
    private long lineStartNanos;

    /** For {@code count} guests, each one's output shown live on {@code live} (null: none). */
    DomuConsole(int count, OutputStream live) {
        for (int i = 0; i < count; i++) {
            guests.add(new Guest(live));
        }
    }

    @Override
    protected void lineStarts() {
        lineStartNanos = System.nanoTime();
    }

    @Override
    protected void line(byte[] bytes) {
        if (current >= guests.size()) {
            return;                                 // nothing is expected after the last guest
        }
        Guest guest = guests.get(current);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf(END_OF_GUEST);
        if (end >= 0 && text.substring(end + END_OF_GUEST.length()).strip().equals(Integer.toString(current + 1))) {
            if (end > 0) {
                output(guest, bytes, end);
            }
            current++;
            return;
        }
        OptionalInt exit = ExitLine.parse(new String(bytes, StandardCharsets.UTF_8));
        if (exit.isPresent()) {
            firstByte(guest);
            guest.status = exit;
            return;
        }
        output(guest, bytes, bytes.length);
    }

    private void output(Guest guest, byte[] bytes, int length) {
        firstByte(guest);
        guest.output.write(bytes, 0, length);
    }

    private void firstByte(Guest guest) {
        if (guest.firstByteNanos < 0) {
            guest.firstByteNanos = lineStartNanos;
        }
    }

    synchronized byte[] output(int number) {
        return guests.get(number - 1).output.bytes();
    }

    synchronized OptionalInt status(int number) {
        return guests.get(number - 1).status;
    }

    synchronized long firstByteNanos(int number) {
        return guests.get(number - 1).firstByteNanos;
    }
}
