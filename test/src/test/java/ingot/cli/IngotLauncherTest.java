package ingot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/ingot} launcher as users run it: a real process, its exit status, and its stderr
 * free of Java stack traces.
 */
class IngotLauncherTest {
    private static final Path HOME = Paths.get("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void helpListsInspect() throws Exception {
        Result r = ingot("--help");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("inspect"), r.out);
    }

    @Test
    void inspectsTheDemoJar() throws Exception {
        Path jar = DemoJar.build(HOME, dir);
        Result r = ingot("inspect", "--summary", jar.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.matches("classes=3 fields=\\d+ methods=\\d+ code-bytes=\\d+\n"), r.out);
        Result full = ingot("inspect", jar.toString());
        assertEquals(0, full.status, full.err);
        assertTrue(full.out.contains("class demo/Main (" + jar + "!demo/Main.class)"), full.out);
    }

    @Test
    void runsTheDemoJarOnBareMetalAsHotSpotDoes() throws Exception {
        Path jar = DemoJar.build(HOME, dir);
        Process hotspot = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).start();
        String expected = new String(hotspot.getInputStream().readAllBytes());
        assertTrue(hotspot.waitFor(60, TimeUnit.SECONDS));
        Result r = ingot("run", "--accel", "tcg", "--aot", jar.toString());
        assertEquals(hotspot.exitValue(), r.status, r.err);
        assertEquals(expected, r.out);
        assertTrue(r.err.contains("ingot image: ") && r.err.contains("methods compiled"), r.err);
    }

    @Test
    void aotOfABrokenJarIsOneErrorLine() throws Exception {
        Path garbage = dir.resolve("broken.jar");
        Files.write(garbage, "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1));
        Result r = ingot("image", "--aot", garbage.toString(), "-o", dir.resolve("x.elf").toString());
        assertEquals(1, r.status);
        assertOneErrorLine(r.err);
    }

    @Test
    void badInputGivesOneErrorLineAndStatusOne() throws Exception {
        Path garbage = dir.resolve("garbage.jar");
        Files.write(garbage, "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.ISO_8859_1));
        Result r = ingot("inspect", garbage.toString());
        assertEquals(1, r.status);
        assertOneErrorLine(r.err);
    }

    @Test
    void usageErrorIsStatusTwo() throws Exception {
        Result r = ingot("inspect");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("error: "), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
    }

    private static void assertOneErrorLine(String err) {
        String[] lines = err.split("\n");
        assertEquals(1, lines.length, err);
        assertTrue(lines[0].startsWith("error: "), err);
    }

    private static Result ingot(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(HOME.resolve("bin/ingot").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        File out = Files.createTempFile("ingot", ".out").toFile();
        File err = Files.createTempFile("ingot", ".err").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/ingot did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private static final class Result {
        final int status;
        final String out;
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }
}
