package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;
import ingot.translator.rig.GuestRun;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler, differentially: the programs of test/programs/compiler (primitive code) and
 * test/programs/objects (objects, calls, arrays, type tests), compiled by javac, run on
 * HotSpot (each {@code t...} method by reflection) and, compiled by Ingot into an image, on bare
 * metal under QEMU. The {@code Class.tName=value} lines must be the same.
 */
class CompilerDifferentialTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"compiler", "objects", "exceptions"})
    void compiledProgramsPrintWhatHotSpotPrints(String folder) throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        Path classes = harness.compile(folder, null);
        List<ClassFile> programs = ImageHarness.readClasses(classes);
        String expected = runOnHotSpot(classes, programs);
        GuestRun run = harness.boot(folder, programs);
        assertTrue(run.exited(), run.describe());
        assertEquals(expected, run.stdout(), run.describe());
        assertEquals(OptionalInt.of(0), run.status(), run.describe());
        System.out.print(expected);
        System.out.println("compiler differential (" + folder + "): " + expected.split("\n").length
                + " results agree with HotSpot");
    }

    private static String runOnHotSpot(Path classes, List<ClassFile> programs) throws Exception {
        StringBuilder out = new StringBuilder();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            for (ClassFile c : programs) {
                Class<?> k = Class.forName(c.name(), false, loader); // initialised by the first invoke, as in the image
                for (MethodInfo m : ImageHarness.tests(c)) {
                    Method method = k.getDeclaredMethod(m.name());
                    out.append(c.name()).append('.').append(m.name()).append('=').append(method.invoke(null)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
