package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole programs, differentially: test/programs/hello's main runs on HotSpot (`java -cp`) and,
 * compiled with the class library into an image, on bare metal under QEMU; stdout, stderr and the
 * exit status must be the same.
 */
class MainProgramTest {
    @TempDir
    Path dir;

    @Test
    void helloPrintsAndExitsAsOnHotSpot() throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        Path classes = harness.compile("hello", null);
        Process hotspot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "Hello").start();
        String out = new String(hotspot.getInputStream().readAllBytes());
        String err = new String(hotspot.getErrorStream().readAllBytes());
        assertTrue(hotspot.waitFor(60, TimeUnit.SECONDS));
        GuestRun run = harness.bootMain("hello", ImageHarness.readClasses(classes), "Hello");
        assertEquals(out, run.stdout(), run.describe());
        assertEquals(err, run.stderr(), run.describe());
        assertEquals(OptionalInt.of(hotspot.exitValue()), run.status(), run.describe());
        System.out.print(run.stdout());
    }
}
