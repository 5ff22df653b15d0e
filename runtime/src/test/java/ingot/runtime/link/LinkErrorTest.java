package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/**
 * Classes a JVM refuses to link: our error type and message, and HotSpot's error type for the
 * same class files ({@link DispatchOracle} compares the link outcome of every class).
 */
class LinkErrorTest {
    private static final String S = "()Ljava/lang/String;";
    private static final int PUBLIC = Opcodes.ACC_PUBLIC;

    @Test
    void missingSuperclass() {
        Map<String, byte[]> w = ClassBuilder.type("e/B").extend("e/Missing").into(new TreeMap<>());
        expect(w, "e/B", NoClassDefFoundError.class, "e/Missing");
    }

    @Test
    void missingInterface() {
        Map<String, byte[]> w = ClassBuilder.type("e/B").implement("e/Gone").into(new TreeMap<>());
        expect(w, "e/B", NoClassDefFoundError.class, "e/Gone");
    }

    @Test
    void classExtendingAnInterface() {
        Map<String, byte[]> w = ClassBuilder.iface("e/I").into(new TreeMap<>());
        ClassBuilder.type("e/C").extend("e/I").into(w);
        expect(w, "e/C", IncompatibleClassChangeError.class, "class e.C has interface e.I as super class");
    }

    @Test
    void classImplementingAClass() {
        Map<String, byte[]> w = ClassBuilder.type("e/K").into(new TreeMap<>());
        ClassBuilder.type("e/C").implement("e/K").into(w);
        ClassBuilder.iface("e/J").implement("e/K").into(w);
        expect(w, "e/C", IncompatibleClassChangeError.class, "class e.C can not implement e.K, because it is not an interface");
        expect(w, "e/J", IncompatibleClassChangeError.class, "class e.J can not implement e.K, because it is not an interface");
    }

    @Test
    void circularSuperclasses() {
        Map<String, byte[]> w = ClassBuilder.type("e/A").extend("e/B").into(new TreeMap<>());
        ClassBuilder.type("e/B").extend("e/A").into(w);
        ClassBuilder.type("e/Self").extend("e/Self").into(w);
        ClassBuilder.type("e/Below").extend("e/B").into(w);
        expect(w, "e/A", ClassCircularityError.class, "e.A");
        expect(w, "e/Self", ClassCircularityError.class, "e.Self");
        expect(w, "e/Below", ClassCircularityError.class, "e.B");
    }

    @Test
    void circularInterfaces() {
        Map<String, byte[]> w = ClassBuilder.iface("e/I").implement("e/J").into(new TreeMap<>());
        ClassBuilder.iface("e/J").implement("e/I").into(w);
        ClassBuilder.type("e/C").implement("e/J").into(w);
        expect(w, "e/I", ClassCircularityError.class, "e.I");
        expect(w, "e/C", ClassCircularityError.class, "e.J");
    }

    @Test
    void finalSuperclass() {
        Map<String, byte[]> w = ClassBuilder.type("e/F").access(PUBLIC | Opcodes.ACC_FINAL).into(new TreeMap<>());
        ClassBuilder.type("e/G").extend("e/F").into(w);
        expect(w, "e/G", IncompatibleClassChangeError.class, "class e.G cannot inherit from final class e.F");
    }

    @Test
    void overriddenFinalMethods() {
        Map<String, byte[]> w = ClassBuilder.type("a/A").method(PUBLIC | Opcodes.ACC_FINAL, "m", S)
            .method(Opcodes.ACC_FINAL, "p", S).into(new TreeMap<>());
        ClassBuilder.type("a/B").extend("a/A").method(PUBLIC, "m", S).into(w);
        // Package-private final methods: only a subclass in the same package overrides them.
        ClassBuilder.type("a/Same").extend("a/A").method(PUBLIC, "p", S).into(w);
        ClassBuilder.type("b/Other").extend("a/A").method(PUBLIC, "p", S).into(w);
        ClassBuilder.type("a/Deeper").extend("b/Other").method(PUBLIC, "p", S).into(w);
        expect(w, "a/B", IncompatibleClassChangeError.class, "class a.B overrides final method a.A.m()Ljava/lang/String;");
        expect(w, "a/Same", IncompatibleClassChangeError.class, "class a.Same overrides final method a.A.p()Ljava/lang/String;");
        new World(w).linker().link("b/Other");
        expect(w, "a/Deeper", IncompatibleClassChangeError.class,
            "class a.Deeper overrides final method a.A.p()Ljava/lang/String;");
    }

    @Test
    void sealedSupertypes() {
        Map<String, byte[]> w = ClassBuilder.type("e/S").access(PUBLIC | Opcodes.ACC_ABSTRACT).permit("e/T").into(new TreeMap<>());
        ClassBuilder.type("e/T").extend("e/S").into(w);
        ClassBuilder.type("e/U").extend("e/S").into(w);
        ClassBuilder.iface("e/SI").permit("e/T2").into(w);
        ClassBuilder.type("e/T2").implement("e/SI").into(w);
        ClassBuilder.type("e/U2").implement("e/SI").into(w);
        expect(w, "e/U", IncompatibleClassChangeError.class, "class e.U cannot inherit from sealed class e.S");
        expect(w, "e/U2", IncompatibleClassChangeError.class, "class e.U2 cannot inherit from sealed class e.SI");
        new World(w).linker().link("e/T");
        new World(w).linker().link("e/T2");
    }

    @Test
    void inaccessibleSupertypes() {
        Map<String, byte[]> w = ClassBuilder.type("a/Hidden").access(Opcodes.ACC_SUPER).into(new TreeMap<>());
        ClassBuilder.iface("a/HiddenI").access(Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT).into(w);
        ClassBuilder.type("b/Sub").extend("a/Hidden").into(w);
        ClassBuilder.type("b/Impl").implement("a/HiddenI").into(w);
        ClassBuilder.type("a/Neighbour").extend("a/Hidden").implement("a/HiddenI").into(w);
        expect(w, "b/Sub", IllegalAccessError.class, "class b.Sub cannot access its superclass a.Hidden");
        expect(w, "b/Impl", IllegalAccessError.class, "class b.Impl cannot access its superinterface a.HiddenI");
        new World(w).linker().link("a/Neighbour");
    }

    @Test
    void classFileOfAnotherName() {
        Map<String, byte[]> w = new TreeMap<>();
        w.put("e/Asked", ClassBuilder.type("e/Found").bytes());
        expect(w, "e/Asked", NoClassDefFoundError.class, "e/Asked (wrong name: e/Found)");
    }

    @Test
    void malformedClassFilesComeThroughAsClassFormatError() {
        Map<String, byte[]> w = new TreeMap<>();
        w.put("e/Bad", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});
        ClassBuilder.type("e/User").extend("e/Bad").into(w);
        expect(w, "e/User", ClassFormatError.class, null);
    }

    @Test
    void badArrayNames() {
        Linker linker = new World(new TreeMap<>()).linker();
        for (String name : List.of("[", "[Q", "[V", "[II", "[Ljava/lang/String", "[L;", "[L[I;", "[" + "[".repeat(255) + "I")) {
            assertEquals(name, assertThrows(NoClassDefFoundError.class, () -> linker.link(name)).getMessage());
        }
        assertEquals("e/Nowhere", assertThrows(NoClassDefFoundError.class, () -> linker.link("[[Le/Nowhere;")).getMessage());
        assertEquals('[', linker.link("[".repeat(255) + "I").elementType(), "255 dimensions are allowed");
    }

    @Test
    void aFailedClassFailsAgainAndOthersStillLink() {
        Map<String, byte[]> w = ClassBuilder.type("e/B").extend("e/Missing").into(new TreeMap<>());
        ClassBuilder.type("e/Fine").into(w);
        Linker linker = new World(w).linker();
        assertThrows(NoClassDefFoundError.class, () -> linker.link("e/B"));
        assertThrows(NoClassDefFoundError.class, () -> linker.link("e/B"));
        assertSame(linker.link("e/Fine"), linker.link("e/Fine"));
        assertEquals(null, linker.linked("e/B"));
    }

    /** Our error and message for {@code name}; and HotSpot agrees on every class of the world. */
    private static void expect(Map<String, byte[]> world, String name, Class<? extends LinkageError> type, String message) {
        LinkageError e = assertThrows(type, () -> new World(world).linker().link(name));
        assertSame(type, e.getClass());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        DispatchOracle.Tally tally = new DispatchOracle.Tally();
        DispatchOracle.compare(name, world, tally);
        assertEquals(List.of(), tally.mismatches);
    }
}
