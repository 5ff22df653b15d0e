package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher with plain shell commands standing in for QEMU. */
class GuestLauncherTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final CapturedStream diagnostics = new CapturedStream(null);

    private GuestLauncher.Ended run(String script, Duration timeout) {
        return GuestLauncher.run(List.of("/bin/sh", "-c", script), timeout,
                (bytes, length) -> stdout.write(bytes, 0, length), diagnostics);
    }

    @Test
    void aTimeoutKillsTheProcessAndKeepsItsOutputSoFar() {
        long start = System.nanoTime();
        GuestLauncher.Ended ended = run("echo partial; exec sleep 30", Duration.ofMillis(700));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ended.timedOut());
        assertEquals("partial\n", stdout.toString(StandardCharsets.UTF_8));
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilled() {
        GuestLauncher.Ended ended = run("trap '' TERM; echo stubborn; while :; do sleep 1; done",
                Duration.ofMillis(500));
        assertTrue(ended.timedOut());
        assertEquals("stubborn\n", stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theExitStatusAndBothStreamsArrive() {
        GuestLauncher.Ended ended = run("echo out; echo err >&2; exit 141", Duration.ofSeconds(20));
        assertFalse(ended.timedOut());
        assertEquals(141, ended.exitCode());
        assertEquals("out\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("err\n", new String(diagnostics.bytes(), StandardCharsets.UTF_8));
        assertTrue(ended.wallNanos() > 0);
    }

    @Test
    void aMissingProgramIsARigException() {
        RigException e = assertThrows(RigException.class, () -> GuestLauncher.run(
                List.of("/nonexistent/qemu"), Duration.ofSeconds(1), (b, n) -> { }, diagnostics));
        assertTrue(e.getMessage().contains("/nonexistent/qemu"));
    }
}
