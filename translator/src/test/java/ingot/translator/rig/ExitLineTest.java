package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExitLineTest {
    @Test
    void parsesTheShimsExitLine() {
        assertEquals(0, ExitLine.parse("ingot: exit 0\n").getAsInt());
        assertEquals(70, ExitLine.parse("ingot: exit 70").getAsInt());
        assertEquals(-2147483648, ExitLine.parse("ingot: exit -2147483648\r\n").getAsInt());
    }

    @Test
    void rejectsOtherText() {
        assertTrue(ExitLine.parse("ingot: exit").isEmpty());
        assertTrue(ExitLine.parse("xingot: exit 1").isEmpty());
        assertTrue(ExitLine.parse("ingot: exit 99999999999").isEmpty());
        assertTrue(ExitLine.parse("ingot: exit 1 2").isEmpty());
    }

    @Test
    void theLastExitLineWins() {
        assertEquals(5, ExitLine.lastIn("ingot: exit 4\nother\ningot: exit 5\n").getAsInt());
        assertTrue(ExitLine.lastIn("").isEmpty());
    }

    @Test
    void debugExitStatusesMapBackToTheGuestStatus() {
        assertEquals(0, ExitLine.fromDebugExit(1).getAsInt());
        assertEquals(70, ExitLine.fromDebugExit(141).getAsInt());
        assertEquals(127, ExitLine.fromDebugExit(255).getAsInt());
        assertTrue(ExitLine.fromDebugExit(0).isEmpty(), "QEMU's own exit (reset) is no guest status");
        assertTrue(ExitLine.fromDebugExit(2).isEmpty());
    }

    @Test
    void processStatusIsTheLowByteLikeAUnixProcess() {
        assertEquals(0, ExitLine.processStatus(0));
        assertEquals(255, ExitLine.processStatus(-1));
        assertEquals(44, ExitLine.processStatus(300));
    }
}
