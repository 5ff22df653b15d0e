package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guest that never stops is killed at the timeout, with its output so far. */
class TimeoutTest {
    @TempDir
    Path dir;

    /** Assembles the spinning kernel from the test's resources. */
    private Path hangingKernel() throws IOException, InterruptedException {
        Path source = dir.resolve("hang.asm");
        try (InputStream in = TimeoutTest.class.getResourceAsStream("hang.asm")) {
            Files.copy(in, source);
        }
        Path kernel = dir.resolve("hang.elf");
        Process nasm;
        try {
            nasm = new ProcessBuilder("nasm", "-f", "bin", "-o", kernel.toString(), source.toString())
                    .inheritIO().start();
        } catch (IOException e) {
            throw new AssertionError("nasm does not run; run 'make deps'", e);
        }
        assertTrue(nasm.waitFor(60, TimeUnit.SECONDS) && nasm.exitValue() == 0, "nasm failed");
        return kernel;
    }

    @Test
    void aSpinningGuestIsKilledAtTheTimeout() throws Exception {
        BootRequest request = BootRequest.of(hangingKernel()).withAccel(Accel.TCG)
                .withTimeout(Duration.ofSeconds(2));
        long start = System.nanoTime();
        GuestRun run = Boots.RIG.boot(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(GuestRun.Outcome.TIMED_OUT, run.outcome(), run.describe());
        assertTrue(run.status().isEmpty(), run.describe());
        assertEquals("hanging\n", run.stdout(), run.describe());
        assertTrue(millis >= 2000 && millis < 20_000, "took " + millis + " ms");
    }
}
