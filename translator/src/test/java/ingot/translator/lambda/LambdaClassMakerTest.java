package ingot.translator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.jit.compiler.CompilerEnvironment;
import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.FieldInfo;
import ingot.runtime.classfile.MethodInfo;
import ingot.translator.check.Compiler;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes made for the lambda call sites of a fixture compiled by javac: read back with the
 * runtime's reader (their members), and defined on HotSpot as hidden nestmates of the fixture
 * (as the real metafactory defines its classes), where the verifier checks them and they run.
 */
class LambdaClassMakerTest {
    private static final String FIXTURE = String.join("\n",
            "import java.io.Serializable;",
            "import java.util.List;",
            "import java.util.function.*;",
            "public class Fixture {",
            "    private final int v;",
            "    public Fixture(int v) { this.v = v; }",
            "    public static java.lang.invoke.MethodHandles.Lookup lookup() { return java.lang.invoke.MethodHandles.lookup(); }",
            "    IntSupplier field() { return () -> v + 1; }",
            "    static Object intSum() { IntBinaryOperator f = Integer::sum; return f; }",
            "    static Object boxedSum() { BinaryOperator<Integer> f = Integer::sum; return f; }",
            "    static Object widened() { ToLongFunction<Integer> f = Integer::intValue; return f; }",
            "    static Object length() { Function<String, Integer> f = String::length; return f; }",
            "    static Object capture(int a, long b) { IntSupplier f = () -> (int) (a * b); return f; }",
            "    static Object builder() { Function<String, StringBuilder> f = StringBuilder::new; return f; }",
            "    static Object size() { Function<List<String>, Integer> f = List::size; return f; }",
            "    static Object bound(String s) { Supplier<String> f = s::toUpperCase; return f; }",
            "    static Object code() { Function<Character, Integer> f = Fixture::codeOf; return f; }",
            "    static Object discard() { Runnable f = Fixture::seven; return f; }",
            "    static Object serializable() { return (Runnable & Serializable) () -> { }; }",
            "    static Object marked() { return (Runnable & Cloneable) () -> { }; }",
            "    public interface A<T> { String m(T t); }",
            "    public interface B { String m(String s); }",
            "    public interface C extends A<String>, B { }",
            "    static Object bridged() { C c = s -> s + s; return c; }",
            "    static int codeOf(int c) { return c; }",
            "    static Integer seven() { return 7; }",
            "}");

    @TempDir
    static Path out;
    private static ClassFile host;
    private static Class<?> hostClass;

    @BeforeAll
    static void compileFixture() throws Exception {
        host = Compiler.compile(Map.of("Fixture.java", FIXTURE), out).stream()
                .filter(c -> c.name().equals("Fixture")).findFirst().orElseThrow();
        hostClass = new URLClassLoader(new URL[] {out.toUri().toURL()}, LambdaClassMakerTest.class.getClassLoader())
                .loadClass("Fixture");
    }

    /**
     * The call site implemented by {@code implementation} (a method's name, or the method whose
     * lambda body it is) making a {@code functional} interface.
     */
    private static LambdaSite site(String implementation, Class<?> functional) {
        List<LambdaSite> found = new ArrayList<>();
        for (int i = 1; i < host.pool().size(); i++) {
            if (host.pool().tag(i) != ConstantTag.INVOKE_DYNAMIC || !LambdaSite.isLambda(host, i)) {
                continue;
            }
            LambdaSite s = LambdaSite.read(host, i);
            String name = s.implementation.name;
            boolean implemented = name.equals(implementation) || name.startsWith("lambda$" + implementation + "$");
            if (implemented && s.functionalInterface().equals(functional.getName().replace('.', '/'))) {
                found.add(s);
            }
        }
        assertEquals(1, found.size(), "sites implemented by " + implementation);
        return found.get(0);
    }

    private static int made;

    /** The class made for a site, defined on HotSpot as a hidden nestmate of the fixture, and a lookup in it. */
    private static MethodHandles.Lookup define(LambdaSite s) throws Exception {
        byte[] bytes = LambdaClassMaker.make(s, "Fixture$$Lambda$" + made++);
        return ((MethodHandles.Lookup) hostClass.getMethod("lookup").invoke(null)).defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
    }

    /** An instance made by the site's factory (by its constructor when it captures nothing: the image provides that one). */
    private static <T> T instance(String implementation, Class<T> functional, Object... captured) throws Throwable {
        LambdaSite s = site(implementation, functional);
        MethodHandles.Lookup lookup = define(s);
        MethodType factory = MethodType.fromMethodDescriptorString(s.factoryDescriptor(), hostClass.getClassLoader());
        Object made;
        if (captured.length == 0) {
            made = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
            assertNull(lookup.findStatic(lookup.lookupClass(), CompilerEnvironment.LAMBDA_FACTORY, factory).invoke(),
                    "no initialiser: the instance field is the image's to fill");
        } else {
            made = lookup.findStatic(lookup.lookupClass(), CompilerEnvironment.LAMBDA_FACTORY, factory).invokeWithArguments(captured);
        }
        return functional.cast(made);
    }

    @Test
    void staticMethodReference() throws Throwable {
        assertEquals(7, instance("sum", IntBinaryOperator.class).applyAsInt(3, 4));
    }

    @Test
    void unboxesArgumentsAndBoxesTheResult() throws Throwable {
        @SuppressWarnings("unchecked")
        BinaryOperator<Integer> f = instance("sum", BinaryOperator.class);
        assertEquals(11, f.apply(5, 6));
        assertThrows(NullPointerException.class, () -> f.apply(null, 1));
    }

    @Test
    void unboundReceiverAndWidenedResult() throws Throwable {
        @SuppressWarnings("unchecked")
        ToLongFunction<Integer> f = instance("intValue", ToLongFunction.class);
        assertEquals(99L, f.applyAsLong(99));
    }

    @Test
    void castsToTheInstantiatedType() throws Throwable {
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = instance("length", Function.class);
        assertEquals(4, f.apply("four"));
        assertThrows(ClassCastException.class, () -> f.apply(42));
    }

    @Test
    void capturesValuesOfEveryWidth() throws Throwable {
        assertEquals(21, instance("capture", IntSupplier.class, 3, 7L).getAsInt());
        assertEquals(5, instance("field", IntSupplier.class, hostClass.getConstructor(int.class).newInstance(4)).getAsInt());
        assertEquals("ABC", instance("toUpperCase", Supplier.class, "abc").get());
    }

    @Test
    void constructorAndInterfaceReferences() throws Throwable {
        @SuppressWarnings("unchecked")
        Function<String, Object> builder = instance("<init>", Function.class);
        Object built = builder.apply("sb");
        assertEquals(StringBuilder.class, built.getClass());
        assertEquals("sb", built.toString());
        @SuppressWarnings("unchecked")
        Function<List<String>, Integer> size = instance("size", Function.class);
        assertEquals(2, size.apply(List.of("a", "b")));
    }

    @Test
    void unboxesCharacterThenWidens() throws Throwable {
        @SuppressWarnings("unchecked")
        Function<Character, Integer> code = instance("codeOf", Function.class);
        assertEquals(65, code.apply('A'));
    }

    @Test
    void dropsTheResultForVoid() throws Throwable {
        instance("seven", Runnable.class).run();
        MethodInfo run = method(classOf(site("seven", Runnable.class)), "run");
        assertEquals(0x57, run.code().code()[run.code().code().length - 2] & 0xFF, "pop before return");
    }

    @Test
    void serializableAndMarkerSitesImplementTheirInterfaces() throws Throwable {
        Object serializable = instance("serializable", Runnable.class);
        assertTrue(serializable instanceof Serializable);
        Object marked = instance("marked", Runnable.class);
        assertTrue(marked instanceof Cloneable);
        assertFalse(marked instanceof Serializable);
        assertEquals(List.of("java/lang/Runnable", "java/io/Serializable"),
                Arrays.asList(classOf(site("serializable", Runnable.class)).interfaces()));
    }

    @Test
    void bridgesForwardToo() throws Throwable {
        Class<?> c = hostClass.getClassLoader().loadClass("Fixture$C");
        LambdaSite s = site("bridged", c);
        assertEquals(List.of("(Ljava/lang/Object;)Ljava/lang/String;"), s.bridges);
        Object bridged = c.cast(instance("bridged", c));
        Class<?> a = hostClass.getClassLoader().loadClass("Fixture$A");
        assertEquals("xyxy", a.getMethod("m", Object.class).invoke(bridged, "xy"));
        assertEquals("zz", hostClass.getClassLoader().loadClass("Fixture$B").getMethod("m", String.class).invoke(bridged, "z"));
        ClassFile k = classOf(s);
        assertEquals(2, Arrays.stream(k.methods()).filter(m -> m.name().equals("m")).count());
    }

    @Test
    void capturingClassHasFinalFieldsConstructorAndFactory() {
        LambdaSite s = site("capture", IntSupplier.class);
        ClassFile k = classOf(s);
        assertEquals("Fixture$$Lambda$9", k.name());
        assertEquals(AccessFlags.FINAL | AccessFlags.SUPER | AccessFlags.SYNTHETIC, k.access());
        assertEquals("java/lang/Object", k.superName());
        assertEquals(List.of("java/util/function/IntSupplier"), Arrays.asList(k.interfaces()));
        FieldInfo[] fields = k.fields();
        assertEquals(2, fields.length);
        assertEquals("arg$1 I", fields[0].name() + " " + fields[0].descriptor());
        assertEquals("arg$2 J", fields[1].name() + " " + fields[1].descriptor());
        assertEquals(AccessFlags.PRIVATE | AccessFlags.FINAL, fields[0].access());
        assertEquals("(IJ)V", method(k, "<init>").descriptor());
        MethodInfo factory = method(k, CompilerEnvironment.LAMBDA_FACTORY);
        assertEquals("(IJ)Ljava/util/function/IntSupplier;", factory.descriptor());
        assertTrue((factory.access() & AccessFlags.STATIC) != 0);
        assertEquals("()I", method(k, "getAsInt").descriptor());
        assertEquals(3, k.methods().length);
    }

    @Test
    void nonCapturingClassHasAnInstanceField() {
        ClassFile k = classOf(site("sum", IntBinaryOperator.class));
        assertEquals(1, k.fields().length);
        assertEquals(LambdaClassMaker.INSTANCE, k.fields()[0].name());
        assertEquals("LFixture$$Lambda$9;", k.fields()[0].descriptor());
        assertTrue((k.fields()[0].access() & AccessFlags.STATIC) != 0);
        assertEquals("()Ljava/util/function/IntBinaryOperator;", method(k, CompilerEnvironment.LAMBDA_FACTORY).descriptor());
        assertTrue(Arrays.stream(k.methods()).noneMatch(m -> m.name().equals("<clinit>")));
    }

    @Test
    void refusesNarrowingAndUnknownSites() {
        ingot.translator.classgen.CodeWriter code = new ingot.translator.classgen.ClassWriter(AccessFlags.SUPER, "X",
                "java/lang/Object", List.of()).code(2);
        code.load('J', 0);
        assertThrows(LambdaSiteException.class, () -> Adaptation.convert(code, "J", "I", "I"));
        assertThrows(LambdaSiteException.class, () -> Adaptation.convert(code, "Z", "I", "I"));
        assertThrows(LambdaSiteException.class, () -> LambdaSite.read(host, 1));
        assertFalse(LambdaSite.isLambda(host, 1));
    }

    private static ClassFile classOf(LambdaSite s) {
        return ClassFileReader.read(LambdaClassMaker.make(s, "Fixture$$Lambda$9"));
    }

    private static MethodInfo method(ClassFile k, String name) {
        for (MethodInfo m : k.methods()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(k.name() + " has no method " + name);
    }
}
