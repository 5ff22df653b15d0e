package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole programs, differentially: the main of test/programs/hello (printing, exit status),
 * test/programs/uncaught (an uncaught exception's report) and test/programs/demo (the demo of
 * `make run`) runs on HotSpot (`java -cp`) and,
 * compiled with the class library into an image, on bare metal under QEMU; stdout, stderr and the
 * exit status must be the same.
 */
class MainProgramTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"hello, Hello", "uncaught, Crash", "demo, demo/Main"})
    void programRunsAsOnHotSpot(String folder, String mainClass) throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        Path classes = harness.compile(folder, null);
        Process hotspot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), mainClass.replace('/', '.')).start();
        String out = new String(hotspot.getInputStream().readAllBytes());
        String err = new String(hotspot.getErrorStream().readAllBytes());
        assertTrue(hotspot.waitFor(60, TimeUnit.SECONDS));
        GuestRun run = harness.bootMain(folder, ImageHarness.readClasses(classes), mainClass);
        assertEquals(out, run.stdout(), run.describe());
        assertEquals(err, run.stderr(), run.describe());
        assertEquals(OptionalInt.of(hotspot.exitValue()), run.status(), run.describe());
        System.out.print(run.stdout());
    }
}
