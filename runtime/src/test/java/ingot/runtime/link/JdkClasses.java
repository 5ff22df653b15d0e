package ingot.runtime.link;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The running JDK's java.base, read through {@code jrt:} with our class-file reader. */
final class JdkClasses implements ClassProvider {
    static final JdkClasses JAVA_BASE = new JdkClasses();

    private final Path root = jrt().getPath("/modules/java.base");
    private final ConcurrentHashMap<String, ClassFile> parsed = new ConcurrentHashMap<>();

    private JdkClasses() {
    }

    @Override
    public ClassFile find(String internalName) {
        ClassFile cf = parsed.get(internalName);
        if (cf != null) {
            return cf;
        }
        Path p = root.resolve(internalName + ".class");
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            cf = ClassFileReader.read(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parsed.put(internalName, cf);
        return cf;
    }

    /** The internal names of every class of java.base except module-info. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.map(p -> root.relativize(p).toString())
                .filter(s -> s.endsWith(".class") && !s.equals("module-info.class"))
                .forEach(s -> names.add(s.substring(0, s.length() - ".class".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }

    /**
     * The running JDK's jrt file system, or — when the system property {@code ingot.test.jdk17} names
     * a JDK 17 home — that JDK's (to compare with a newer HotSpot while reading class files our
     * reader accepts).
     */
    private static FileSystem jrt() {
        String home = System.getProperty("ingot.test.jdk17");
        try {
            return home == null ? FileSystems.getFileSystem(URI.create("jrt:/"))
                : FileSystems.newFileSystem(URI.create("jrt:/"), java.util.Map.of("java.home", home));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
