package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Rig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the boot tests share: the rig, the built image, a module file and the banner checks. */
final class Boots {
    /** Module 0 of the tests: a jar's magic, then text. */
    static final byte[] MODULE = {'P', 'K', 3, 4, 'i', 'n', 'g', 'o', 't'};
    static final String MODULE_FIRST_BYTES = "starting 50 4b 03 04";
    static final String BANNER = "Ingot boot shim (placeholder ingot_java_main: no Java linked yet)";
    static final int EXIT_FAULT = 70;
    static final Duration QEMU_TIMEOUT = Duration.ofSeconds(60);
    static final Duration XEN_TIMEOUT = Duration.ofSeconds(120);

    private static final Pattern RAM = Pattern.compile("(?m)^memory map: 0x([0-9a-f]+)-0x([0-9a-f]+) ram$");
    private static final long ONE_MEGABYTE = 0x100000;

    private static Rig rig;

    private Boots() {
    }

    /** The rig of this checkout (found once). */
    static synchronized Rig rig() {
        if (rig == null) {
            rig = Rig.local();
        }
        return rig;
    }

    /** The image make builds, with module 0 and the command line. */
    static BootRequest request(Path dir, String commandLine) {
        return BootRequest.of(rig().home().builtImage())
                .withModule(module(dir))
                .withCommandLine(commandLine)
                .withTimeout(QEMU_TIMEOUT);
    }

    static Path module(Path dir) {
        Path module = dir.resolve("module0.jar");
        try {
            Files.write(module, MODULE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return module;
    }

    /** The placeholder's banner, the platform line, the echoed command line and module, status 0. */
    static void assertBanner(GuestRun run, String platform, String commandLine) {
        String out = run.stdout();
        assertTrue(run.exited(), run.describe());
        assertEquals(0, run.status().getAsInt(), run.describe());
        assertTrue(out.startsWith(BANNER + "\n"), run.describe());
        assertTrue(out.contains("\nplatform: " + platform + "\n"), run.describe());
        assertTrue(out.contains("\ncommand line: \"" + commandLine + "\"\n"), run.describe());
        assertTrue(out.contains(", " + MODULE.length + " bytes, " + MODULE_FIRST_BYTES + "\n"), run.describe());
        assertTrue(ramAtOneMegabyte(out), "RAM at 1 MiB is listed\n" + run.describe());
        assertFalse(out.contains("ingot: exit"), "the exit line is not guest output\n" + run.describe());
        assertFalse(run.faulted(), run.describe());
    }

    /** True when a "memory map: 0xA-0xB ram" line covers 1 MiB, where the image is loaded. */
    static boolean ramAtOneMegabyte(String out) {
        Matcher ram = RAM.matcher(out);
        while (ram.find()) {
            long first = Long.parseUnsignedLong(ram.group(1), 16);
            long last = Long.parseUnsignedLong(ram.group(2), 16);
            if (first <= ONE_MEGABYTE && ONE_MEGABYTE <= last) {
                return true;
            }
        }
        return false;
    }

    /**
     * An exception report in {@code report}: the named fault, the registers the self-test set,
     * cr2 when given, then exit status 70.
     */
    static void assertFault(GuestRun run, String report, String fault, String cr2) {
        assertTrue(run.exited(), run.describe());
        assertEquals(EXIT_FAULT, run.status().getAsInt(), run.describe());
        assertTrue(run.faulted(), run.describe());
        assertTrue(report.contains("ingot: fault: " + fault), run.describe());
        assertTrue(report.contains(" rbx 0x1111111111111111 "), run.describe());
        assertTrue(report.contains(" r12 0x1212121212121212\n"), run.describe());
        assertTrue(report.contains(" r15 0x1515151515151515\n"), run.describe());
        assertTrue(report.contains(" rip 0x00000000001"), "rip lies in the image\n" + run.describe());
        if (cr2 != null) {
            assertTrue(report.contains(" cr2 " + cr2 + " "), run.describe());
        }
        assertFalse(run.stdout().contains(BANNER), "Java is not reached\n" + run.describe());
    }
}
