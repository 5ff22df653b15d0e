package ingot.translator.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources held as strings with the JDK's javac, as the project compiles its own code, and reads the classes. */
public final class Compiler {
    private Compiler() {
    }

    /** Compiles {@code sources} (file name to text) into {@code out} and returns every class made, read by our reader. */
    public static List<ClassFile> compile(Map<String, String> sources, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("--release", "17", "-XDstringConcat=inline", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
        boolean ok = javac.getTask(diagnostics, null, null, options, null, units).call();
        assertTrue(ok, "javac failed:\n" + diagnostics);
        List<ClassFile> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                classes.add(ClassFileReader.read(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /** A class of the running JDK, e.g. {@code java/lang/Object}. */
    static ClassFile jdkClass(String internalName) {
        try {
            return ClassFileReader.read(Files.readAllBytes(Path.of(URI.create("jrt:/java.base/" + internalName + ".class"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class of the test's class path, e.g. {@code ingot/runtime/mem/Mem}. */
    static ClassFile classPathClass(String internalName) {
        try (InputStream in = Compiler.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return ClassFileReader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of {@code text} that holds {@code marker}; the marker must occur once. */
    static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0 && text.indexOf(marker, at + 1) < 0, "marker must occur once: " + marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
