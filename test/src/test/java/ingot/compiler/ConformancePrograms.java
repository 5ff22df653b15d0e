package ingot.compiler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The conformance suite's sources (test/programs/conformance, docs/ARCHITECTURE.md "The conformance
 * suite"): one program per file {@code NAME.java}, class {@code conformance.NAME} with its helper
 * classes nested inside (so {@code conformance/NAME.class} and {@code conformance/NAME$*.class} are
 * the whole program); its Java command line after {@code -cp} is {@code conformance.NAME}, or what a
 * {@code // command line: ...} line in the source says. KNOWN_FAILURES lists {@code NAME: reason}
 * per line; a reason starting with {@value #DOES_NOT_BUILD} marks a program the image cannot take.
 */
final class ConformancePrograms {
    static final String FOLDER = "test/programs/conformance";
    static final String DOES_NOT_BUILD = "does not build:";
    private static final String COMMAND_LINE = "// command line: ";

    /** One program: its name and the Java command line after the class path. */
    record Program(String name, String commandLine) {
        boolean owns(String classEntry) {
            return classEntry.equals("conformance/" + name + ".class") || classEntry.startsWith("conformance/" + name + "$");
        }
    }

    private ConformancePrograms() {
    }

    static List<Program> read(Path folder) throws IOException {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path source : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                String name = source.getFileName().toString().replace(".java", "");
                String commandLine = "conformance." + name;
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith(COMMAND_LINE)) {
                        commandLine = line.substring(COMMAND_LINE.length()).trim();
                    }
                }
                out.add(new Program(name, commandLine));
            }
        }
        return out;
    }

    /** KNOWN_FAILURES: program name to reason, in file order; blank lines and # comments are skipped. */
    static Map<String, String> knownFailures(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException(file + ": not 'NAME: reason': " + line);
            }
            out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return out;
    }

    /** Writes the class files under {@code classes} that {@code included} owns into a jar (no manifest). */
    static Path jar(Path classes, List<Program> included, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                String entry = classes.relativize(p).toString().replace('\\', '/');
                if (included.stream().anyMatch(program -> program.owns(entry))) {
                    out.putNextEntry(new JarEntry(entry));
                    writeTo(p, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static void writeTo(Path file, OutputStream out) throws IOException {
        out.write(Files.readAllBytes(file));
    }

    /** The first line where two outputs differ, for reports; null when they are equal. */
    static String firstDifference(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return what + " line " + (i + 1) + ": HotSpot [" + el + "] Ingot [" + al + "]";
            }
        }
        return what + " differs";
    }
}
