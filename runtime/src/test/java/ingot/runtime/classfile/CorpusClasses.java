package ingot.runtime.classfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Real class files for tests: every class of the running JDK's modules (through {@code jrt:}) and
 * every {@code .class} entry of every jar in the local Maven repository (read with java.util.zip,
 * independent of our own jar reader).
 */
final class CorpusClasses {
    private CorpusClasses() {
    }

    /** Calls {@code visitor} with (name, bytes) for every class of the JDK's modules. */
    static void forEachJdkClass(BiConsumer<String, byte[]> visitor) {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> paths = Files.walk(jrt.getPath("/modules"))) {
            paths.filter(p -> p.toString().endsWith(".class")).forEach(p -> visitor.accept(p.toString(), readAll(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calls {@code visitor} with (jar!entry, bytes) for every class entry of a jar; returns false
     * when java.util.zip itself cannot open the jar (then it is not a corpus jar).
     */
    static boolean forEachClassInJar(Path jar, BiConsumer<String, byte[]> visitor) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        visitor.accept(jar.getFileName() + "!" + entry.getName(), in.readAllBytes());
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
