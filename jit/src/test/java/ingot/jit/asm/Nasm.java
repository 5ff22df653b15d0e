package ingot.jit.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs NASM ({@code -f bin -Ox}) on a source text; a missing nasm fails with the fix. */
final class Nasm {
    static final String MISSING = "nasm is not on PATH: run `make deps` to install it";

    private Nasm() {
    }

    /** Fails (AssertionError) unless {@code nasm -v} runs. */
    static String version() {
        return version("nasm");
    }

    /** Fails (AssertionError, saying to run make deps) unless {@code executable -v} runs. */
    static String version(String executable) {
        try {
            Process p = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new AssertionError(MISSING + " (nasm -v failed: " + out + ")");
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(MISSING + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running nasm -v", e);
        }
    }

    /** Assembles {@code source} as {@code dir/name.asm} into a flat binary and returns its bytes. */
    static byte[] assemble(Path dir, String name, String source) throws IOException, InterruptedException {
        version();
        Files.createDirectories(dir);
        Path asm = dir.resolve(name + ".asm");
        Path bin = dir.resolve(name + ".bin");
        Files.writeString(asm, source, StandardCharsets.UTF_8);
        Files.deleteIfExists(bin);
        Process p = new ProcessBuilder("nasm", "-f", "bin", "-Ox", "-o", bin.toString(), asm.toString())
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("nasm did not finish on " + asm);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("nasm rejected " + asm + ":\n" + firstLines(out, 20));
        }
        return Files.readAllBytes(bin);
    }

    private static String firstLines(String text, int count) {
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(count, lines.length); i++) {
            b.append(lines[i]).append('\n');
        }
        return b.toString();
    }
}
