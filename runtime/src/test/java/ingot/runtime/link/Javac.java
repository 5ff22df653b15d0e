package ingot.runtime.link;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles test programs with the JDK's javac, in steps: each step compiles its sources against
 * the classes of the steps before (separate compilation, so a later step can change a class in a
 * way javac would refuse to compile together).
 */
final class Javac {
    private Javac() {
    }

    /** Each step maps a source path ({@code p1/A.java}) to its text; returns class bytes by internal name. */
    static Map<String, byte[]> compile(Path dir, List<Map<String, String>> steps) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            Path out = Files.createDirectories(dir.resolve("classes"));
            int n = 0;
            for (Map<String, String> step : steps) {
                Path stepDir = src.resolve("step" + n++);
                List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", out.toString(), "-proc:none",
                    "-implicit:none", "-nowarn"));
                for (Map.Entry<String, String> e : step.entrySet()) {
                    Path file = stepDir.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue());
                    args.add(file.toString());
                }
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                StringWriter errors = new StringWriter();
                int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        errors.write(b);
                    }
                }), args.toArray(new String[0]));
                if (status != 0) {
                    throw new IllegalStateException("javac failed:\n" + errors);
                }
            }
            return readClasses(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> readClasses(Path out) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = out.relativize(p).toString().replace('\\', '/');
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
            }
        }
        return classes;
    }
}
