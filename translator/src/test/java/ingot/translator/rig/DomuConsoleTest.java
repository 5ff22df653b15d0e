package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DomuConsoleTest {
    private final ByteArrayOutputStream live = new ByteArrayOutputStream();
    private final DomuConsole console = new DomuConsole(3, live);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        console.accept(bytes, bytes.length);
    }

    private String output(int guest) {
        return new String(console.output(guest), StandardCharsets.UTF_8);
    }

    @Test
    void eachGuestsOutputEndsAtItsMarkerAndItsExitLineGivesItsStatus() {
        feed("hello\r\none\ningot: exit 0\ningot-dom0: end of guest 1\n");
        feed("two\ningot: ex");
        feed("it 42\ningot-dom0: end of guest 2\nthree\n");
        assertEquals("hello\r\none\n", output(1), "bytes pass unchanged");
        assertEquals(0, console.status(1).getAsInt());
        assertEquals("two\n", output(2));
        assertEquals(42, console.status(2).getAsInt());
        assertEquals("three\n", output(3));
        assertTrue(console.status(3).isEmpty());
        assertEquals("hello\r\none\ntwo\nthree\n", live.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLastLineWithoutNewlineStaysWithItsGuest() {
        feed("partial line ingot-dom0: end of guest 1\nnext\n");
        assertEquals("partial line ", output(1));
        assertEquals("next\n", output(2));
    }

    @Test
    void aMarkerForAnotherGuestIsOutput() {
        feed("ingot-dom0: end of guest 2\n");
        assertEquals("ingot-dom0: end of guest 2\n", output(1));
    }

    @Test
    void theFirstByteTimeIsKeptPerGuestAndOnlyForOutput() {
        assertEquals(-1, console.firstByteNanos(1));
        feed("ingot-dom0: end of guest 1\n");
        assertEquals(-1, console.firstByteNanos(1), "a guest that printed nothing has no first byte");
        long before = System.nanoTime();
        feed("x\n");
        long first = console.firstByteNanos(2);
        assertTrue(first >= before && first <= System.nanoTime());
        feed("y\n");
        assertEquals(first, console.firstByteNanos(2));
    }

    @Test
    void bytesAfterTheLastGuestAreDropped() {
        feed("ingot-dom0: end of guest 1\ningot-dom0: end of guest 2\ningot-dom0: end of guest 3\nlate\n");
        assertEquals("", output(3));
    }
}
