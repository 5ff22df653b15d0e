package ingot.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.XlConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsTheConfigurationWithAbsolutePathsAndTheCommandLine() throws IOException {
        Path image = Files.write(dir.resolve("ingot.elf"), new byte[] {1});
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {2});
        int status = run("xl", "--jar", jar.toString(), "--memory", "96", "--pv", "--name", "app", image.toString(),
                "--", "-jar", "app.jar", "x");
        assertEquals(0, status, err.toString());
        assertEquals(new XlConfig("app", true, image.toString(), jar.toString(), "-jar app.jar x", 96).text(),
                out.toString());
    }

    @Test
    void aPvhGuestOfDefaultSizeWithoutJar() throws IOException {
        Path image = Files.write(dir.resolve("ingot.elf"), new byte[] {1});
        assertEquals(0, run("xl", image.toString()), err.toString());
        assertTrue(out.toString().contains("\ntype = \"pvh\"\n"), out.toString());
        assertTrue(out.toString().contains("\nmemory = 64\n"), out.toString());
        assertTrue(out.toString().contains("\nname = \"ingot\"\n"), out.toString());
    }

    @Test
    void badInputIsReported() throws IOException {
        Path image = Files.write(dir.resolve("ingot.elf"), new byte[] {1});
        assertEquals(1, run("xl", "--jar", dir.resolve("missing.jar").toString(), image.toString()));
        assertTrue(err.toString().contains("error: jar "), err.toString());
        assertEquals(1, run("xl", "--name", "a b", image.toString()));
        assertEquals(2, run("xl", image.toString(), image.toString()));
        assertEquals(2, run("xl", "--memory", "0", image.toString()));
    }
}
