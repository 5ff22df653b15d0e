package ingot.translator.rig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of one boot, in a fresh temporary folder: the Unix socket COM2 connects to, the
 * file isa-debugcon writes the exit line into, and the domU rig's initrd for dom0.
 * {@link #close} deletes the folder.
 */
public final class GuestFiles implements AutoCloseable {
    private final Path dir;

    private GuestFiles(Path dir) {
        this.dir = dir;
    }

    public static GuestFiles create() {
        try {
            return new GuestFiles(Files.createTempDirectory("ingot-run-"));
        } catch (IOException e) {
            throw new RigException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    public Path com2Socket() {
        return dir.resolve("com2.sock");
    }

    public Path initrd() {
        return dir.resolve("initrd");
    }

    public Path exitLine() {
        return dir.resolve("exit-line");
    }

    /** What the guest wrote to the exit-line channel, empty when nothing. */
    public String readExitLine() {
        try {
            return Files.isRegularFile(exitLine()) ? Files.readString(exitLine()) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(GuestFiles::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // see close()
        }
    }
}
