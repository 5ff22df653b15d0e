package ingot.translator.image;

import ingot.translator.rig.ProjectHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Assembles an image: the boot shim, the translator's NASM text (which defines
 * {@code ingot_java_main}), the runtime's assembly helpers, and the shim's end, with NASM.
 * The source is kept next to the image as its listing.
 */
public final class NasmImage {
    /** Assembly helpers of the runtime that every image links, in boot/. */
    private static final String[] RUNTIME_PARTS = {"fp_remainder.asm"};
    private static final long NASM_SECONDS = 600;

    private NasmImage() {
    }

    /** Writes {@code image}.asm and assembles it into {@code image}; returns the image. */
    public static Path assemble(ProjectHome home, String translatedText, Path image) throws ImageException {
        Path source = image.resolveSibling(image.getFileName() + ".asm");
        StringBuilder text = new StringBuilder();
        text.append("; Ingot image: the boot shim, the translated Java, the runtime's helpers.\n");
        text.append("%include \"shim.asm\"\n\n");
        text.append(translatedText);
        for (String part : RUNTIME_PARTS) {
            text.append("\n%include \"").append(part).append("\"\n");
        }
        text.append("\n%include \"end.asm\"\n");
        try {
            Files.createDirectories(image.toAbsolutePath().getParent());
            Files.writeString(source, text, StandardCharsets.UTF_8);
            runNasm(home.root().resolve("boot"), source, image);
        } catch (IOException e) {
            throw new ImageException("cannot write " + source + ": " + e.getMessage());
        }
        return image;
    }

    private static void runNasm(Path bootDir, Path source, Path image) throws ImageException, IOException {
        List<String> command = new ArrayList<>(List.of("nasm", "-f", "bin", "-I", bootDir + "/", "-o",
                image.toString(), source.toString()));
        Path log = Files.createTempFile("ingot-nasm", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(NASM_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ImageException("nasm did not finish within " + NASM_SECONDS + " s on " + source);
            }
            if (p.exitValue() != 0) {
                throw new ImageException("nasm failed on " + source + ":\n" + firstLines(Files.readString(log), 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageException("interrupted while nasm ran");
        } catch (IOException e) {
            throw new ImageException("cannot run nasm (" + e.getMessage() + "); run 'make deps' to install it");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, lines.length); i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
