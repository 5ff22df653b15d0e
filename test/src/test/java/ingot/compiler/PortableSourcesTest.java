package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.ProjectHome;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VM's portable code (DESIGN.md, level 1) runs inside the image on our own class library, so
 * the sources of runtime/ and jit/ must compile against classlib's java.base alone, with no JDK
 * module in sight ({@code --system none}). Their normal build compiles them against the JDK (the
 * translator runs them on HotSpot), where a call of a JDK-only API would go unnoticed until an
 * image reached it; this compile names every such use.
 *
 * <p>One package is exempt: {@code ingot.runtime.mem.hosted}, the simulated machine behind
 * {@code Mem}'s Java bodies, which only HotSpot runs (in the image every {@code Mem} call is an
 * intrinsic). Its compiled classes stand in for its sources.
 */
class PortableSourcesTest {
    private static final String HOSTED_ONLY = "/ingot/runtime/mem/hosted/";

    @TempDir
    Path out;

    @Test
    void runtimeAndJitCompileAgainstTheClassLibraryAlone() throws IOException {
        Path root = ProjectHome.locate().root();
        Path javaBase = root.resolve("classlib/target/java.base");
        Path hosted = root.resolve("runtime/target/classes");
        assertTrue(Files.isRegularFile(javaBase.resolve("module-info.class")),
                "the class library is not built: " + javaBase + " (run the Maven reactor from the project root)");
        assertTrue(Files.isDirectory(hosted.resolve("ingot/runtime/mem/hosted")),
                "the runtime module is not built: " + hosted);

        Path runtimeOut = out.resolve("runtime");
        assertEquals("", compile(javaBase, hosted.toString(), runtimeOut, sources(root.resolve("runtime/src/main/java"))));
        assertEquals("", compile(javaBase, runtimeOut + java.io.File.pathSeparator + hosted, out.resolve("jit"),
                sources(root.resolve("jit/src/main/java"))));
    }

    /** javac's diagnostics, empty when the sources compiled without an error or warning. */
    private static String compile(Path javaBase, String classPath, Path into, List<String> sources) throws IOException {
        Files.createDirectories(into);
        List<String> args = new ArrayList<>(List.of("--system", "none", "--module-path", javaBase.toString(),
                "-cp", classPath, "-XDstringConcat=inline", "-proc:none", "-nowarn", "-d", into.toString()));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
        return status == 0 ? "" : "javac exit status " + status + "\n" + diagnostics.toString(StandardCharsets.UTF_8);
    }

    private static List<String> sources(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            List<String> sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().replace('\\', '/').contains(HOSTED_ONLY))
                    .map(Path::toString).sorted().toList();
            assertTrue(sources.size() > 10, "no sources under " + tree);
            return sources;
        }
    }
}
