package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.bench.Nasm;
import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guest that never stops is killed at the timeout, with its output so far. */
class TimeoutTest {
    @TempDir
    Path dir;

    @Test
    void aSpinningGuestIsKilledAtTheTimeout() throws Exception {
        Path spinning = Nasm.assemble("empty-pvh.asm", dir, null, "SPIN");
        BootRequest request = BootRequest.of(spinning).withAccel(Accel.TCG).withTimeout(Duration.ofSeconds(2));
        long start = System.nanoTime();
        GuestRun run = Boots.rig().boot(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(GuestRun.Outcome.TIMED_OUT, run.outcome(), run.describe());
        assertTrue(run.status().isEmpty(), run.describe());
        assertEquals("hello from pvh\n", run.stdout(), run.describe());
        assertTrue(millis >= 2000 && millis < 20_000, "took " + millis + " ms");
    }
}
