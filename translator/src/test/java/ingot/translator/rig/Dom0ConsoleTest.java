package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Dom0ConsoleTest {
    private final CapturedStream log = new CapturedStream(null);
    private final Dom0Console console = new Dom0Console(log);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        console.accept(bytes, bytes.length);
    }

    @Test
    void everyLineIsLoggedAndTheReportLinesMakeOneReportPerGuest() {
        feed("(XEN) Xen version 4.17\r\n[ 1.0] Linux\r\ningot-dom0: ready\r\n");
        feed("ingot-dom0: guest 1: xl create\r\ningot-dom0: guest 1: xl create status 0\r\n");
        feed("ingot-dom0: guest 1: shutdown reason poweroff\r\ningot-dom0: guest 1: domain gone\r\n");
        feed("ingot-dom0: guest 2: xl create\r\ningot-dom0: guest 2: timeout after 5 s\r\n");
        feed("ingot-dom0: guest 2: xl create status 1\r\ningot-dom0: guest 2: domain gone\r\n");
        feed("ingot-dom0: guest 2: xl: Domain 2 has been destroyed.\r\n");
        String text = new String(log.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("(XEN) Xen version 4.17\n[ 1.0] Linux\ningot-dom0: ready\n"), text);
        assertFalse(text.contains("\r"), text);

        DomainReport first = console.report(1, -1);
        assertTrue(first.created() && first.gone() && !first.timedOut());
        assertEquals(0, first.xlStatus().getAsInt());
        assertEquals("poweroff", first.shutdownReason());
        assertEquals(-1, first.firstOutputNanos());
        assertEquals(List.of(), first.errors());

        DomainReport second = console.report(2, -1);
        assertTrue(second.timedOut());
        assertEquals("", second.shutdownReason());
        assertEquals(List.of("xl: Domain 2 has been destroyed."), second.errors());
    }

    @Test
    void theFirstOutputCountsFromXlCreate() {
        long before = System.nanoTime();
        feed("ingot-dom0: guest 1: xl create\n");
        long after = System.nanoTime();
        DomainReport report = console.report(1, after + 5_000_000);
        assertTrue(report.firstOutputNanos() >= 5_000_000 && report.firstOutputNanos() <= after - before + 5_000_000);
    }

    @Test
    void aToolstackErrorIsReportedForEveryGuestAndACrashIsSeen() {
        feed("ingot-dom0: error xenstored\n");
        DomainReport report = console.report(3, -1);
        assertFalse(report.created());
        assertEquals(List.of("error xenstored"), report.errors());
        feed("ingot-dom0: guest 1: shutdown reason crash\n");
        assertTrue(console.report(1, -1).crashed());
    }
}
