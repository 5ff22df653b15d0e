package ingot.translator.rig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * COM1 of the Xen domU rig: Xen's log ({@code (XEN)} lines) and dom0's console (Linux and
 * the rig's init) share it. Every line goes to the log (CR LF becoming LF); dom0's report
 * lines, {@code ingot-dom0: guest K: EVENT} and {@code ingot-dom0: error TEXT}, are also
 * collected into one {@link DomainReport} per guest, with the host time of each
 * {@code xl create}.
 */
final class Dom0Console extends LineSplitter {
    static final String PREFIX = "ingot-dom0: ";
    private static final Pattern GUEST_EVENT = Pattern.compile("guest ([0-9]{1,4}): (.*)");
    private static final Pattern XL_STATUS = Pattern.compile("xl create status ([0-9]{1,3})");
    private static final Pattern REASON = Pattern.compile("shutdown reason ([a-z_]+)");

    /** The events of one guest, as they come. */
    private static final class Events {
        boolean created;
        long createNanos = -1;
        OptionalInt xlStatus = OptionalInt.empty();
        String reason = "";
        boolean timedOut;
        boolean gone;
        final List<String> errors = new ArrayList<>();
    }

    private final CapturedStream log;
    private final List<Events> guests = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    Dom0Console(CapturedStream log) {
        this.log = log;
    }

    @Override
    protected void line(byte[] line) {
        byte[] bytes = withoutCarriageReturn(line);
        log.write(bytes, 0, bytes.length);
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith(PREFIX)) {
            event(text.substring(PREFIX.length()));
        }
    }

    private void event(String event) {
        Matcher guest = GUEST_EVENT.matcher(event);
        if (!guest.matches()) {
            if (event.startsWith("error ")) {
                errors.add(event);
            }
            return;
        }
        Events events = guest(Integer.parseInt(guest.group(1)));
        String what = guest.group(2);
        Matcher matcher;
        if (what.equals("xl create")) {
            events.created = true;
            events.createNanos = System.nanoTime();
        } else if ((matcher = XL_STATUS.matcher(what)).matches()) {
            events.xlStatus = OptionalInt.of(Integer.parseInt(matcher.group(1)));
        } else if ((matcher = REASON.matcher(what)).matches()) {
            events.reason = matcher.group(1);
        } else if (what.startsWith("timeout after ")) {
            events.timedOut = true;
        } else if (what.equals("domain gone")) {
            events.gone = true;
        } else if (what.startsWith("error ") || what.startsWith("xl: ")) {
            events.errors.add(what);
        }
    }

    private Events guest(int number) {
        while (guests.size() < number) {
            guests.add(new Events());
        }
        return guests.get(number - 1);
    }

    /**
     * The report on guest {@code number} (from 1), given the host time of its first console
     * byte (-1: none).
     */
    synchronized DomainReport report(int number, long firstByteNanos) {
        Events events = number <= guests.size() ? guests.get(number - 1) : new Events();
        List<String> all = new ArrayList<>(errors);
        all.addAll(events.errors);
        long firstOutput = firstByteNanos >= 0 && events.createNanos >= 0
                ? Math.max(0, firstByteNanos - events.createNanos) : -1;
        return new DomainReport(events.created, events.xlStatus, events.reason, events.timedOut, events.gone,
                firstOutput, all);
    }
}
