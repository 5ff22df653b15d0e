package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XenRigTest {
    private final CapturedStream guest = new CapturedStream(null);
    private final CapturedStream log = new CapturedStream(null);
    private final XenRig rig = new XenRig(guest, log);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        rig.accept(bytes, bytes.length);
    }

    private static String text(CapturedStream stream) {
        return new String(stream.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void xenLinesGoToTheLogAndGuestLinesToStdout() {
        feed("(XEN) Xen version 4.17\r\n(XEN) Freed 656kB init memory\r\nhello\r\n");
        feed("(XEN) Hardware Dom0 shutdown: rebooting machine\r\n");
        assertEquals("hello\n", text(guest));
        assertEquals("(XEN) Xen version 4.17\n(XEN) Freed 656kB init memory\n"
                + "(XEN) Hardware Dom0 shutdown: rebooting machine\n", text(log));
    }

    @Test
    void theExitLineGivesTheStatusAndIsNotOutput() {
        feed("done\r\ningot: exit 3\r\n(XEN) Resetting\r\n");
        assertEquals(3, rig.status().getAsInt());
        assertEquals("done\n", text(guest));
    }

    @Test
    void linesSplitAcrossChunksAreJoined() {
        feed("(XE");
        feed("N) a\r\nguest ");
        feed("line\r\ningot: ex");
        feed("it -1\r\n");
        assertEquals("guest line\n", text(guest));
        assertEquals("(XEN) a\n", text(log));
        assertEquals(-1, rig.status().getAsInt());
    }

    @Test
    void aLastLineWithoutNewlineIsKeptAtTheEnd() {
        feed("(XEN) x\r\npartial");
        assertEquals("", text(guest));
        rig.finish();
        assertEquals("partial", text(guest));
        assertTrue(rig.status().isEmpty());
    }

    @Test
    void aLineThatOnlyLooksLikeAnExitLineIsOutput() {
        feed("ingot: exit soon\r\ningot: exit 7 now\r\n");
        assertEquals("ingot: exit soon\ningot: exit 7 now\n", text(guest));
        assertTrue(rig.status().isEmpty());
    }
}
