package ingot.runtime.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** RuntimeVisibleAnnotations and RuntimeInvisibleAnnotations: what is read, and each kind of format error. */
class AnnotationReaderTest {
    private static final String VISIBLE = "RuntimeVisibleAnnotations";
    private static final String INVISIBLE = "RuntimeInvisibleAnnotations";

    @Test
    void readsEveryKindOfElementValue() {
        ClassWriter cw = classWriter(Opcodes.V17);
        AnnotationVisitor av = cw.visitAnnotation("Ldemo/All;", true);
        av.visit("b", (byte) -3);
        av.visit("c", 'x');
        av.visit("d", 2.5);
        av.visit("f", 1.5f);
        av.visit("i", 42);
        av.visit("j", 1L << 40);
        av.visit("s", (short) -7);
        av.visit("z", true);
        av.visit("str", "text");
        av.visitEnum("e", "Ljava/lang/annotation/RetentionPolicy;", "CLASS");
        av.visit("k", Type.getType("[Ljava/lang/String;"));
        av.visit("v", Type.VOID_TYPE);
        AnnotationVisitor nested = av.visitAnnotation("n", "Ldemo/Inner;");
        nested.visit("value", "deep");
        nested.visitEnd();
        AnnotationVisitor array = av.visitArray("a");
        array.visit(null, 1);
        array.visit(null, "two");
        array.visitEnd();
        av.visitEnd();
        cw.visitAnnotation("Ldemo/Hidden;", false).visitEnd();

        ClassFile c = ClassFileReader.read(cw.toByteArray());
        ConstantPool pool = c.pool();

        assertEquals(2, c.annotations().length);
        AnnotationInfo all = c.annotation("Ldemo/All;");
        assertTrue(all.isVisible());
        assertEquals(14, all.elementCount());
        assertEquals("b", all.elementName(0));
        assertEquals(-3, pool.intValue(all.value("b").constantIndex()));
        assertEquals('x', pool.intValue(all.value("c").constantIndex()));
        assertEquals(2.5, pool.doubleValue(all.value("d").constantIndex()));
        assertEquals(1.5f, pool.floatValue(all.value("f").constantIndex()));
        assertEquals(42, pool.intValue(all.value("i").constantIndex()));
        assertEquals(1L << 40, pool.longValue(all.value("j").constantIndex()));
        assertEquals(-7, pool.intValue(all.value("s").constantIndex()));
        assertEquals(1, pool.intValue(all.value("z").constantIndex()));
        assertEquals('Z', all.value("z").tag());
        assertEquals("text", all.value("str").text());
        assertEquals("text", pool.utf8(all.value("str").constantIndex()));
        AnnotationValue e = all.value("e");
        assertEquals("Ljava/lang/annotation/RetentionPolicy;", e.enumType());
        assertEquals("CLASS", e.text());
        assertEquals("[Ljava/lang/String;", all.value("k").text());
        assertEquals("V", all.value("v").text());
        AnnotationInfo inner = all.value("n").annotation();
        assertEquals("Ldemo/Inner;", inner.type());
        assertEquals("deep", inner.value("value").text());
        AnnotationValue[] elements = all.value("a").elements();
        assertEquals(2, elements.length);
        assertEquals('I', elements[0].tag());
        assertEquals("two", elements[1].text());
        assertNull(all.value("missing"));

        AnnotationInfo hidden = c.annotation("Ldemo/Hidden;");
        assertFalse(hidden.isVisible());
        assertEquals(0, hidden.elementCount());
        assertSame(c.annotations(), c.annotations(), "decoded once, then shared");
    }

    @Test
    void readsAnnotationsOfFieldsAndMethodsVisibleFirst() {
        ClassWriter cw = classWriter(Opcodes.V17);
        FieldVisitor fv = cw.visitField(Opcodes.ACC_PUBLIC, "f", "I", null, null);
        fv.visitAnnotation("Ldemo/OnField;", false).visitEnd();
        fv.visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "m", "()V", null, null);
        mv.visitAnnotation("Ldemo/Second;", false).visitEnd();
        mv.visitAnnotation("Ldemo/First;", true).visitEnd();
        mv.visitEnd();
        ClassFile c = ClassFileReader.read(abstractClass(cw));

        assertEquals("Ldemo/OnField;", c.fields()[0].annotations()[0].type());
        assertFalse(c.fields()[0].annotation("Ldemo/OnField;").isVisible());
        AnnotationInfo[] onMethod = c.methods()[0].annotations();
        assertEquals("Ldemo/First;", onMethod[0].type());
        assertTrue(onMethod[0].isVisible());
        assertEquals("Ldemo/Second;", onMethod[1].type());
        assertEquals(0, c.annotations().length);
        assertNull(c.annotation("Ldemo/OnField;"));
    }

    @Test
    void annotationAttributesBeforeVersion49AreSkipped() {
        ClassWriter cw = classWriter(Opcodes.V1_4);
        cw.visitAttribute(new RawAttribute(VISIBLE, new byte[] {(byte) 0xFF}));
        assertEquals(0, ClassFileReader.read(cw.toByteArray()).annotations().length);
    }

    @Test
    void unknownTagIsRefusedAtTheTag() {
        Body body = new Body();
        byte[] b = classWithClassAnnotation(VISIBLE, cw -> body.annotation(cw, "Ldemo/A;").pair(cw, "x").u1('q').u2(1));
        int tagAt = indexOf(b, body.bytes()) + 8;
        assertRefused(b, "demo/A: byte " + tagAt + ": unknown element_value tag 0x71");
    }

    @Test
    void constantsMustNameEntriesOfTheirTag() {
        String[] tags = {"B", "C", "I", "S", "Z", "J", "F", "D", "s"};
        String[] wanted = {"Integer", "Integer", "Integer", "Integer", "Integer", "Long", "Float", "Double", "Utf8"};
        for (int t = 0; t < tags.length; t++) {
            char tag = tags[t].charAt(0);
            byte[] b = classWithClassAnnotation(INVISIBLE,
                    cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x").u1(tag).u2(wrongConstant(cw, tag)));
            assertRefused(b, "const_value_index names pool index", "not a " + wanted[t] + " entry");
        }
    }

    @Test
    void namesAndTypesMustBeWellFormed() {
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().u2(1).u2(cw.newUTF8("demo/NotADescriptor")).u2(0)),
                "annotation type \"demo/NotADescriptor\" is not a field descriptor");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().u2(1).u2(cw.newClass("demo/A")).u2(0)),
                "annotation type_index names pool index");
        assertRefused(classWithClassAnnotation(VISIBLE,
                cw -> new Body().annotation(cw, "Ldemo/A;").u2(cw.newConst(1)).u1('I').u2(cw.newConst(1))),
                "element_name_index names pool index");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('e').u2(cw.newUTF8("Color")).u2(cw.newUTF8("RED"))),
                "enum type \"Color\" is not a field descriptor");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('e').u2(cw.newUTF8("Ldemo/Color;")).u2(cw.newConst(3))),
                "enum const_name_index names pool index");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('c').u2(cw.newUTF8("java/lang/String"))),
                "class literal \"java/lang/String\" is not a return descriptor");
    }

    @Test
    void nestedAnnotationsAndArraysAreCheckedToo() {
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('[').u2(2).u1('I').u2(cw.newConst(1)).u1('I').u2(cw.newUTF8("no"))),
                "const_value_index names pool index");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('@').u2(cw.newUTF8("Ldemo/B;")).u2(1).u2(cw.newUTF8("y")).u1('?').u2(0)),
                "unknown element_value tag 0x3f");
    }

    @Test
    void countsAndLengthsMustFitTheBody() {
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().u2(2).u2(cw.newUTF8("Ldemo/A;")).u2(0)),
                "annotations count 2 cannot fit");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().annotation(cw, "Ldemo/A;").pair(cw, "x")
                        .u1('[').u2(5).u1('I').u2(cw.newConst(1))),
                "array values count 5 cannot fit");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().u2(1).u2(cw.newUTF8("Ldemo/A;")).u2(1)),
                "element_value_pairs count 1 cannot fit");
        assertRefused(classWithClassAnnotation(VISIBLE, cw -> new Body().u2(0).u1(0)),
                "RuntimeVisibleAnnotations attribute (at byte");
    }

    @Test
    void eachAttributeMayAppearOncePerDeclaration() {
        ClassWriter cw = classWriter(Opcodes.V17);
        cw.visitAnnotation("Ldemo/A;", false).visitEnd();
        cw.visitAttribute(new RawAttribute(INVISIBLE, new byte[] {0, 0}));
        assertRefused(cw.toByteArray(), "more than one RuntimeInvisibleAnnotations attribute");

        ClassWriter fields = classWriter(Opcodes.V17);
        FieldVisitor fv = fields.visitField(Opcodes.ACC_PUBLIC, "f", "I", null, null);
        fv.visitAnnotation("Ldemo/A;", true).visitEnd();
        fv.visitAttribute(new RawAttribute(VISIBLE, new byte[] {0, 0}));
        fv.visitEnd();
        assertRefused(fields.toByteArray(), "more than one RuntimeVisibleAnnotations attribute");

        ClassWriter methods = classWriter(Opcodes.V17);
        MethodVisitor mv = methods.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "m", "()V", null, null);
        mv.visitAttribute(new RawAttribute(VISIBLE, new byte[] {0, 0}));
        mv.visitAttribute(new RawAttribute(VISIBLE, new byte[] {0, 0}));
        mv.visitEnd();
        assertRefused(abstractClass(methods), "more than one RuntimeVisibleAnnotations attribute");

        ClassWriter both = classWriter(Opcodes.V17);
        both.visitAnnotation("Ldemo/A;", true).visitEnd();
        both.visitAnnotation("Ldemo/B;", false).visitEnd();
        assertEquals(2, ClassFileReader.read(both.toByteArray()).annotations().length);
    }

    /** 100,000 levels of arrays, then of nested annotations: no recursion to overflow, checked or decoded. */
    @Test
    void deepNestingNeitherOverflowsNorIsRefused() {
        int levels = 100_000;
        byte[] arrays = classWithClassAnnotation(VISIBLE, cw -> {
            Body body = new Body().annotation(cw, "Ldemo/A;").pair(cw, "x");
            for (int i = 0; i < levels; i++) {
                body.u1('[').u2(1);
            }
            return body.u1('I').u2(cw.newConst(7));
        });
        AnnotationValue v = ClassFileReader.read(arrays).annotations()[0].value("x");
        for (int i = 0; i < levels; i++) {
            v = v.elements()[0];
        }
        assertEquals('I', v.tag());

        byte[] nested = classWithClassAnnotation(INVISIBLE, cw -> {
            Body body = new Body().annotation(cw, "Ldemo/A;");
            int type = cw.newUTF8("Ldemo/A;");
            int name = cw.newUTF8("x");
            for (int i = 0; i < levels; i++) {
                body.u2(name).u1('@').u2(type).u2(1);
            }
            return body.u2(name).u1('Z').u2(cw.newConst(1));
        });
        AnnotationInfo a = ClassFileReader.read(nested).annotations()[0];
        for (int i = 0; i < levels; i++) {
            a = a.value("x").annotation();
        }
        assertEquals('Z', a.value("x").tag());
    }

    @Test
    void forgedDeepNestingIsRefusedWithoutOverflow() {
        byte[] b = classWithClassAnnotation(VISIBLE, cw -> {
            Body body = new Body().annotation(cw, "Ldemo/A;").pair(cw, "x");
            for (int i = 0; i < 200_000; i++) {
                body.u1('[').u2(1);
            }
            return body; // the innermost array's value is missing
        });
        assertRefused(b, "array values count 1 cannot fit");
    }

    /** A pool index of the wrong kind for {@code tag}: a Utf8 for the numeric tags, an Integer for {@code s}. */
    private static int wrongConstant(ClassWriter cw, char tag) {
        return tag == 's' ? cw.newConst(5) : cw.newUTF8("not a number");
    }

    private interface BodyMaker {
        Body make(ClassWriter cw);
    }

    private static byte[] classWithClassAnnotation(String attribute, BodyMaker maker) {
        ClassWriter cw = classWriter(Opcodes.V17);
        cw.visitAttribute(new RawAttribute(attribute, maker.make(cw).bytes()));
        return cw.toByteArray();
    }

    private static ClassWriter classWriter(int version) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/A", null, "java/lang/Object", null);
        return cw;
    }

    private static byte[] abstractClass(ClassWriter cw) {
        byte[] b = cw.toByteArray();
        b[ClassFileReaderTest.poolEnd(b)] |= (byte) (Opcodes.ACC_ABSTRACT >> 8);
        return b;
    }

    private static void assertRefused(byte[] bytes, String... expected) {
        ClassFormatError e = assertThrows(ClassFormatError.class, () -> ClassFileReader.read(bytes));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("body not found");
    }

    /** An attribute body written byte by byte. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body u1(int value) {
            out.write(value);
            return this;
        }

        Body u2(int value) {
            out.write(value >>> 8);
            out.write(value);
            return this;
        }

        /** One annotation of {@code type} with one element-value pair, the pair still to be written. */
        Body annotation(ClassWriter cw, String type) {
            return u2(1).u2(cw.newUTF8(type)).u2(1);
        }

        /** The name of the one pair; its value follows. */
        Body pair(ClassWriter cw, String name) {
            return u2(cw.newUTF8(name));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
