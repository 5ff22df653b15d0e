package ingot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Assembles a NASM source kept as a resource of this package into a flat binary. */
public final class Nasm {
    private Nasm() {
    }

    /**
     * Assembles resource {@code name} into {@code dir} with {@code nasm -f bin}, the include
     * folder {@code includes} (may be null) and {@code -D} for each of {@code defines}.
     */
    public static Path assemble(String name, Path dir, Path includes, String... defines)
            throws IOException, InterruptedException {
        Path source = dir.resolve(name);
        try (InputStream in = Nasm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            Files.copy(in, source);
        }
        Path output = dir.resolve(name.replace(".asm", ".elf"));
        List<String> command = new ArrayList<>(List.of("nasm", "-f", "bin", "-o", output.toString()));
        if (includes != null) {
            command.add("-I" + includes + "/");
        }
        for (String define : defines) {
            command.add("-D" + define);
        }
        command.add(source.toString());
        Process nasm;
        try {
            nasm = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new IOException("nasm does not run (" + e.getMessage() + "); run 'make deps'", e);
        }
        if (!nasm.waitFor(120, TimeUnit.SECONDS) || nasm.exitValue() != 0) {
            throw new IOException("nasm failed on " + name);
        }
        return output;
    }
}
