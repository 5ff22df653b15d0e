package ingot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The class files of the running JDK's modules, read into memory once. */
final class JdkClassBytes {
    private JdkClassBytes() {
    }

    static List<byte[]> all() {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(jrt.getPath("/modules"))) {
            for (Path p : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                out.add(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static long totalBytes(List<byte[]> classes) {
        long n = 0;
        for (byte[] b : classes) {
            n += b.length;
        }
        return n;
    }
}
