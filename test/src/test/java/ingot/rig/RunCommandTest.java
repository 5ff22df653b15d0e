package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingot run}, in process: the guest's stdout and stderr, and its status as the exit status. */
class RunCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bootsTheBuiltImageWithTheCommandLineAfterDashes() {
        int status = Main.execute("run", "--accel", "tcg", "--module", Boots.module(dir).toString(),
                "--", "-jar", "app.jar", "--", "x");
        assertEquals(0, status, stdout() + stderr());
        assertTrue(stdout().startsWith(Boots.BANNER + "\n"), stdout());
        assertTrue(stdout().contains("\ncommand line: \"-jar app.jar -- x\"\n"), stdout());
        assertTrue(stdout().contains(Boots.MODULE_FIRST_BYTES), stdout());
        assertTrue(stderr().startsWith("ingot run: QEMU tcg, microvm, 128 MB, "), stderr());
    }

    @Test
    void saysWhichAcceleratorItPicked() {
        int status = Main.execute("run", "--memory", "64", Boots.rig().home().builtImage().toString());
        assertEquals(0, status, stdout() + stderr());
        String expected = ingot.translator.rig.Accel.kvmOpens() ? "kvm (/dev/kvm opens)" : "tcg (/dev/kvm does not open)";
        assertTrue(stderr().startsWith("ingot run: QEMU " + expected + ", microvm, 64 MB, "), stderr());
    }

    @Test
    void aFaultIsReportedOnStderrAndIsTheExitStatus() {
        int status = Main.execute("run", "--accel", "tcg", "--", "ingot.fault=divide");
        assertEquals(Boots.EXIT_FAULT, status, stdout() + stderr());
        assertTrue(stderr().contains("ingot: fault: divide error (#DE), vector 0"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void aXenDomuExitsWithTheGuestsStatus() {
        int status = Main.execute("run", "--xen-domu", "--", "ingot.exit=42");
        assertEquals(42, status, stdout() + stderr());
        assertEquals("self-test: exit 42\n", stdout());
        assertTrue(stderr().startsWith("ingot run: Xen 4.17 and a Linux dom0 under QEMU tcg, q35, image as PVH domU"
                + " by xl create, 64 MB, "), stderr());
    }

    @Test
    void xenOptionsThatDoNotGoTogetherAreUsageErrors() {
        assertEquals(2, Main.execute("run", "--pv"));
        assertTrue(stderr().contains("--pv goes with --xen-domu"), stderr());
        assertEquals(2, Main.execute("run", "--xen", "--xen-domu"));
        assertTrue(stderr().contains("choose one"), stderr());
    }

    @Test
    void twoImagesAreAUsageError() {
        int status = Main.execute("run", "a.elf", "b.elf");
        assertEquals(2, status);
        assertTrue(stderr().contains("one IMAGE at most"), stderr());
    }

    @Test
    void aMissingImageIsAnError() {
        int status = Main.execute("run", dir.resolve("missing.elf").toString());
        assertEquals(1, status);
        assertTrue(stderr().contains("error: image " + dir.resolve("missing.elf") + " is not a readable file"),
                stderr());
    }
}
