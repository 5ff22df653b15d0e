package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * compiled with the class library into an image, on bare metal under QEMU with the Java command
 * line on the boot command line; stdout, stderr and the exit status must be the same. The
 * conformance suite (ConformanceTest) holds the other programs, in one image.
 */
class MainProgramTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"hello, Hello, alpha beta=2 -x", "uncaught, Crash, ", "demo, demo/Main, "})
    void programRunsAsOnHotSpot(String folder, String mainClass, String given) throws Exception {
        String arguments = given == null ? "" : given;
        ImageHarness harness = new ImageHarness(dir);
        Path classes = harness.compile(folder, null);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), mainClass.replace('/', '.')));
        if (!arguments.isEmpty()) {
            command.addAll(List.of(arguments.split(" ")));
        }
        Process hotspot = new ProcessBuilder(command).start();
        String out = new String(hotspot.getInputStream().readAllBytes());
        String err = new String(hotspot.getErrorStream().readAllBytes());
        assertTrue(hotspot.waitFor(60, TimeUnit.SECONDS));
        String commandLine = ("-cp app.jar " + mainClass.replace('/', '.') + " " + arguments).trim();
        GuestRun run = harness.bootMain(folder, ImageHarness.readClasses(classes), mainClass, commandLine);
        assertEquals(out, run.stdout(), run.describe());
        assertEquals(err, run.stderr(), run.describe());
        assertEquals(OptionalInt.of(hotspot.exitValue()), run.status(), run.describe());
        System.out.print(run.stdout());
    }
}
