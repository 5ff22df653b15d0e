package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ConstantPool;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Instance and statics layouts, reference maps, arrays: the numbers of "Object model and linking". */
class LayoutTest {
    private static final int STATIC = Opcodes.ACC_STATIC;
    private static final int CONST = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;

    @Test
    void fieldsGoByGroupsReferencesFirst() {
        Map<String, byte[]> w = ClassBuilder.type("l/L0")
            .field(0, "b", "B").field(0, "l", "J").field(0, "o", "Ljava/lang/Object;").field(0, "i", "I")
            .field(0, "s", "S").field(0, "c", "C").field(0, "z", "Z").field(0, "d", "D").field(0, "f", "F")
            .field(0, "a", "[I").into(new TreeMap<>());
        LinkedClass c = new World(w).linker().link("l/L0");
        assertOffsets(c, "o", 16, "a", 24, "l", 32, "d", 40, "i", 48, "f", 52, "s", 56, "c", 58, "b", 60, "z", 61);
        assertEquals(64, c.instanceSize());
        assertArrayEquals(new long[] {0b1100}, c.referenceMap());
        assertEquals(List.of(), Invariants.check(c));
    }

    @Test
    void subclassFieldsFillTheSuperclassTailPadding() {
        Map<String, byte[]> w = ClassBuilder.type("l/T1").field(0, "a", "I").into(new TreeMap<>());
        ClassBuilder.type("l/T2").extend("l/T1").field(0, "x", "J").field(0, "y", "I").field(0, "z", "S")
            .field(0, "w", "B").field(0, "r", "Ljava/lang/String;").into(w);
        ClassBuilder.type("l/T3").extend("l/T2").field(0, "q", "Z").field(0, "a", "I").into(w);
        Linker linker = new World(w).linker();
        LinkedClass t1 = linker.link("l/T1");
        LinkedClass t2 = linker.link("l/T2");
        LinkedClass t3 = linker.link("l/T3");
        assertEquals(24, t1.instanceSize());
        assertOffsets(t2, "a", 16, "r", 24, "x", 32, "y", 20, "z", 40, "w", 42);
        assertEquals(48, t2.instanceSize());
        assertArrayEquals(new long[] {0b1000}, t2.referenceMap());
        // T3's own a hides T1's; both keep their places.
        assertEquals(44, t3.instanceField("a", "I").offset());
        assertSame(t1, t1.instanceFields()[0].owner());
        assertEquals(16, t3.instanceFields()[0].offset());
        assertEquals(43, t3.instanceField("q", "Z").offset());
        assertEquals(48, t3.instanceSize());
        assertNull(t3.instanceField("a", "J"));
        for (LinkedClass c : List.of(t1, t2, t3)) {
            assertEquals(List.of(), Invariants.check(c));
        }
    }

    @Test
    void staticsHaveABlockOfTheirOwnWithConstantValues() {
        Map<String, byte[]> w = ClassBuilder.type("l/St")
            .field(CONST, "K", "I", 42).field(CONST, "NAME", "Ljava/lang/String;", "s").field(STATIC, "o", "Ljava/lang/Object;")
            .field(STATIC, "l", "J").field(STATIC, "b", "B").field(CONST, "BIG", "J", 1L << 40)
            .field(CONST, "PI", "D", 3.5).field(0, "instance", "I").into(new TreeMap<>());
        LinkedClass c = new World(w).linker().link("l/St");
        assertEquals(8, c.staticField("o", "Ljava/lang/Object;").offset());
        assertEquals(0, c.staticField("NAME", "Ljava/lang/String;").offset());
        assertEquals(16, c.staticField("l", "J").offset());
        assertEquals(24, c.staticField("BIG", "J").offset());
        assertEquals(32, c.staticField("PI", "D").offset());
        assertEquals(40, c.staticField("K", "I").offset());
        assertEquals(44, c.staticField("b", "B").offset());
        assertEquals(48, c.staticsSize());
        assertArrayEquals(new long[] {0b11}, c.staticReferenceMap());
        assertNull(c.staticField("instance", "I"));
        assertEquals(16, c.instanceField("instance", "I").offset());
        ConstantPool pool = c.classFile().pool();
        assertEquals(42, pool.intValue(c.staticField("K", "I").constantValueIndex()));
        assertEquals("s", pool.string(c.staticField("NAME", "Ljava/lang/String;").constantValueIndex()));
        assertEquals(1L << 40, pool.longValue(c.staticField("BIG", "J").constantValueIndex()));
        assertEquals(3.5, pool.doubleValue(c.staticField("PI", "D").constantValueIndex()));
        assertEquals(0, c.staticField("l", "J").constantValueIndex());
        assertEquals(8, c.staticField("l", "J").size());
        assertEquals('B', c.staticField("b", "B").type());
        assertTrue(c.staticField("b", "B").isStatic());
        assertEquals(List.of(), Invariants.check(c));
    }

    @Test
    void objectAndInterfacesHaveOnlyTheHeader() {
        Linker linker = new Linker(JdkClasses.JAVA_BASE);
        LinkedClass object = linker.link("java/lang/Object");
        assertEquals(ObjectLayout.HEADER_SIZE, object.instanceSize());
        assertArrayEquals(new long[] {0}, object.referenceMap());
        LinkedClass runnable = linker.link("java/lang/Runnable");
        assertEquals(16, runnable.instanceSize());
        assertSame(object.vtable(), runnable.vtable());
        assertEquals(1, runnable.interfaceMethods().length);
        assertEquals(0, runnable.itableIndex(runnable, "run", "()V"));
        assertEquals(-1, runnable.itableIndex(runnable, "run", "()I"));
        assertEquals(object.vtableIndex("toString", "()Ljava/lang/String;"),
            runnable.vtableIndex("toString", "()Ljava/lang/String;"));
        assertEquals(-1, runnable.vtableIndex("clone", "()Ljava/lang/Object;"), "only Object's public methods");
        assertTrue(object.vtableIndex("clone", "()Ljava/lang/Object;") >= 0);
    }

    @Test
    void arrayClasses() {
        Linker linker = new Linker(JdkClasses.JAVA_BASE);
        LinkedClass object = linker.link("java/lang/Object");
        LinkedClass ints = linker.link("[I");
        LinkedClass longs2 = linker.link("[[J");
        LinkedClass strings = linker.link("[Ljava/lang/String;");
        assertTrue(ints.isArray());
        assertNull(ints.classFile());
        assertNull(ints.elementClass());
        assertEquals('I', ints.elementType());
        assertEquals(4, ints.elementSize());
        assertSame(linker.link("[J"), longs2.elementClass());
        assertEquals('[', longs2.elementType());
        assertEquals(8, longs2.elementSize());
        assertSame(linker.link("java/lang/String"), strings.elementClass());
        assertEquals('L', strings.elementType());
        assertSame(object, strings.superclass());
        assertEquals(List.of("java/lang/Cloneable", "java/io/Serializable"),
            List.of(strings.interfaces()[0].name(), strings.interfaces()[1].name()));
        assertSame(object.vtable(), ints.vtable());
        assertEquals(object.vtableIndex("hashCode", "()I"), ints.vtableIndex("hashCode", "()I"));
        assertEquals(0, ints.referenceMap().length);
        assertEquals(1, ints.depth());
        assertSame(linker.link("[I"), ints);
        assertEquals(24, ObjectLayout.arraySize(8, 0));
        assertEquals(32, ObjectLayout.arraySize(1, 5));
        assertEquals(24 + 8L * Integer.MAX_VALUE, ObjectLayout.arraySize(8, Integer.MAX_VALUE));
        assertEquals(ObjectLayout.ARRAY_ELEMENTS_OFFSET, ints.instanceSize());
        assertFalse(ints.isInterface());
    }

    private static void assertOffsets(LinkedClass c, Object... nameThenOffset) {
        for (int i = 0; i < nameThenOffset.length; i += 2) {
            FieldSlot f = null;
            for (FieldSlot s : c.instanceFields()) {
                f = s.name().equals(nameThenOffset[i]) ? s : f;
            }
            assertEquals((int) (Integer) nameThenOffset[i + 1], f == null ? -1 : f.offset(), c.name() + "." + nameThenOffset[i]);
        }
    }
}
