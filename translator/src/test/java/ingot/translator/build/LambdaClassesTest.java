package ingot.translator.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantTag;
import ingot.translator.check.Compiler;
import ingot.translator.lambda.LambdaClassMaker;
import ingot.translator.lambda.LambdaSiteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One class per lambda call site, added to the closed world beside its host. */
class LambdaClassesTest {
    @TempDir
    Path out;

    private ClosedWorld world(boolean application) {
        List<ClassFile> classes = Compiler.compile(Map.of("Host.java", String.join("\n",
                "import java.util.function.*;",
                "class Host {",
                "    static Supplier<String> none() { return () -> \"x\"; }",
                "    static IntSupplier some(int v) { return () -> v; }",
                "}")), out);
        ClosedWorld world = new ClosedWorld();
        for (ClassFile c : classes) {
            if (application) {
                world.addApplication(c);
            } else {
                world.add(c);
            }
        }
        return world;
    }

    private static List<Integer> sites(ClassFile host) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < host.pool().size(); i++) {
            if (host.pool().tag(i) == ConstantTag.INVOKE_DYNAMIC) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void eachInstructionGetsItsOwnClassOnce() {
        ClosedWorld world = world(true);
        LambdaClasses lambdas = new LambdaClasses(world);
        int site = sites(world.find("Host")).get(0);
        String first = lambdas.classFor("Host", site, "Host.none()Ljava/util/function/Supplier;", 0);
        assertEquals("Host$$Lambda$0", first);
        assertEquals(first, lambdas.classFor("Host", site, "Host.none()Ljava/util/function/Supplier;", 0));
        assertEquals("Host$$Lambda$1", lambdas.classFor("Host", site, "Host.none()Ljava/util/function/Supplier;", 7),
                "another instruction of the same entry is another call site");
        assertEquals(2, lambdas.count());
        assertNotNull(world.find(first));
        assertTrue(world.isApplication(first));
    }

    @Test
    void theImageProvidesOnlyNonCapturingInstances() {
        ClosedWorld world = world(false);
        LambdaClasses lambdas = new LambdaClasses(world);
        List<Integer> sites = sites(world.find("Host"));
        String[] made = new String[2];
        for (int i = 0; i < 2; i++) {
            made[i] = lambdas.classFor("Host", sites.get(i), "Host.m" + i, 0);
        }
        String none = world.find(made[0]).interfaces()[0].equals("java/util/function/Supplier") ? made[0] : made[1];
        String some = none.equals(made[0]) ? made[1] : made[0];
        assertTrue(lambdas.providesInstance(none, LambdaClassMaker.INSTANCE));
        assertFalse(lambdas.providesInstance(some, LambdaClassMaker.INSTANCE));
        assertFalse(lambdas.providesInstance(none, "arg$1"));
        assertFalse(world.isApplication(none), "a library host's lambdas are library classes");
    }

    @Test
    void skipsNamesTheWorldHas() {
        ClosedWorld world = world(true);
        LambdaClasses lambdas = new LambdaClasses(world);
        int site = sites(world.find("Host")).get(0);
        lambdas.classFor("Host", site, "a", 0);
        LambdaClasses again = new LambdaClasses(world);
        assertEquals("Host$$Lambda$1", again.classFor("Host", site, "b", 0));
    }

    @Test
    void refusesAnEntryThatIsNoLambdaSite() {
        LambdaClasses lambdas = new LambdaClasses(world(true));
        assertThrows(LambdaSiteException.class, () -> lambdas.classFor("Host", 1, "Host.none", 0));
    }
}
