package ingot.runtime.classfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The reader on small classes made for the purpose: what it reads, and each kind of format error. */
class ClassFileReaderTest {

    @Test
    void readsMembersCodeAndHandlers() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/Point");
        cw.visitSource("Point.java", null);
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "x", "I", null, null).visitEnd();
        cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "ORIGIN", "J", null, 7L).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "get", "()I", null, new String[] {"java/io/IOException"});
        mv.visitCode();
        org.objectweb.asm.Label start = new org.objectweb.asm.Label();
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        org.objectweb.asm.Label handler = new org.objectweb.asm.Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/RuntimeException");
        mv.visitLabel(start);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, "demo/Point", "x", "I");
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(handler);
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(1, 1);
        mv.visitEnd();

        ClassFile c = ClassFileReader.read(cw.toByteArray());

        assertEquals("demo/Point", c.name());
        assertEquals("java/lang/Object", c.superName());
        assertEquals(61, c.majorVersion());
        assertEquals("Point.java", c.sourceFile());
        assertEquals("x", c.fields()[0].name());
        assertEquals(7L, c.pool().longValue(c.fields()[1].constantValue()));
        MethodInfo get = c.methods()[0];
        assertArrayEquals(new String[] {"java/io/IOException"}, get.exceptions());
        CodeAttribute code = get.code();
        assertEquals(7, code.codeLength());
        assertEquals(1, code.maxStack());
        ExceptionHandler h = code.handlers()[0];
        assertEquals(Arrays.asList(0, 4, 5, "java/lang/RuntimeException"),
                Arrays.asList(h.startPc(), h.endPc(), h.handlerPc(), h.catchType()));
    }

    @Test
    void badMagicIsAClassFormatError() {
        byte[] b = simpleClass();
        b[0] = 0;
        assertMessage(ClassFormatError.class, b, "class file: byte 0: bad magic number");
    }

    @Test
    void newerAndOlderVersionsAreUnsupported() {
        byte[] b = simpleClass();
        b[7] = 62;
        assertMessage(UnsupportedClassVersionError.class, b, "version 62.0 is not supported");
        b[7] = 44;
        assertMessage(UnsupportedClassVersionError.class, b, "version 44.0 is not supported");
        b[7] = 61;
        b[4] = (byte) 0xFF;
        b[5] = (byte) 0xFF;
        assertMessage(UnsupportedClassVersionError.class, b, "uses preview features");
    }

    @Test
    void oldestVersionIsRead() {
        ClassFile c = ClassFileReader.read(build(Opcodes.V1_1, Opcodes.ACC_PUBLIC, "old/One"));
        assertEquals(45, c.majorVersion());
        assertEquals(3, c.minorVersion());
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] b = Arrays.copyOf(simpleClass(), simpleClass().length + 1);
        assertMessage(ClassFormatError.class, b, "demo/Simple: byte " + (b.length - 1) + ": 1 extra bytes");
    }

    @Test
    void truncationIsRefusedAtEveryLength() {
        byte[] b = simpleClass();
        for (int length = 0; length < b.length; length++) {
            byte[] cut = Arrays.copyOf(b, length);
            ClassFormatError e = assertThrows(ClassFormatError.class, () -> ClassFileReader.read(cut));
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("exceeds")
                    || e.getMessage().contains("cannot fit"), "length " + length + ": " + e.getMessage());
        }
    }

    @Test
    void aForgedPoolCountAllocatesNothingAndIsRefused() {
        byte[] b = simpleClass();
        b[8] = (byte) 0xFF;
        b[9] = (byte) 0xFF;
        assertMessage(ClassFormatError.class, b, "class file: byte 8: constant_pool_count 65535 cannot fit");
    }

    @Test
    void thisClassMustNameAClassEntry() {
        byte[] b = simpleClass();
        int thisClassAt = poolEnd(b) + 2;
        b[thisClassAt] = 0;
        b[thisClassAt + 1] = 1; // index 1 is a Utf8 entry in ASM's pool layout, or at least not this class
        ClassFormatError e = assertThrows(ClassFormatError.class, () -> ClassFileReader.read(b));
        assertTrue(e.getMessage().contains("byte " + thisClassAt + ": this_class names pool index 1"), e.getMessage());
    }

    @Test
    void duplicateMethodsAreRefused() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/Twice");
        abstractMethod(cw, "m", "()V");
        abstractMethod(cw, "m", "()V");
        byte[] b = withAbstractClass(cw);
        assertMessage(ClassFormatError.class, b, "duplicate method m()V");
    }

    @Test
    void illegalFlagsAreRefused() {
        byte[] notAbstractInterface = build(Opcodes.V17, Opcodes.ACC_INTERFACE, "demo/I");
        assertMessage(ClassFormatError.class, notAbstractInterface, "an interface must be abstract");
        byte[] finalAbstract = build(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT, "demo/FA");
        assertMessage(ClassFormatError.class, finalAbstract, "both final and abstract");
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/F");
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE, "f", "I", null, null).visitEnd();
        assertMessage(ClassFormatError.class, cw.toByteArray(), "field f: more than one of public, private");
    }

    @Test
    void oldInterfacesAreTakenAsAbstract() {
        ClassFile c = ClassFileReader.read(build(Opcodes.V1_4, Opcodes.ACC_INTERFACE, "old/I"));
        assertTrue(c.isInterface());
    }

    @Test
    void badDescriptorsAndNamesAreRefused() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/D");
        cw.visitField(Opcodes.ACC_PUBLIC, "f", "Ljava/lang/String", null, null).visitEnd();
        assertMessage(ClassFormatError.class, cw.toByteArray(), "field f has an invalid descriptor");
        ClassWriter names = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/N");
        names.visitField(Opcodes.ACC_PUBLIC, "a.b", "I", null, null).visitEnd();
        assertMessage(ClassFormatError.class, names.toByteArray(), "invalid field name \"a.b\"");
        assertMessage(ClassFormatError.class, build(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo//Bad"),
                "Class entry has an invalid name \"demo//Bad\"");
    }

    @Test
    void codePresenceMustSuitTheMethod() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/NoCode");
        cw.visitMethod(Opcodes.ACC_PUBLIC, "m", "()V", null, null).visitEnd();
        assertMessage(ClassFormatError.class, cw.toByteArray(), "method m()V has no Code attribute");
    }

    @Test
    void maxLocalsMustHoldTheParameters() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/Locals");
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "m", "(JI)V", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 2);
        mv.visitEnd();
        assertMessage(ClassFormatError.class, cw.toByteArray(), "max_locals 2 cannot hold the 3 parameter slots");
    }

    @Test
    void readsLocalVariableNamesByRange() {
        org.objectweb.asm.Label start = new org.objectweb.asm.Label();
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        CodeAttribute code = ClassFileReader.read(withLocals(start, end, mv -> {
            mv.visitLocalVariable("count", "I", null, start, end, 0);
            mv.visitLocalVariable("wide", "J", null, end, end, 1);
        })).methods()[0].code();
        assertEquals(2, code.localVariables().count());
        assertEquals("count", code.localVariables().nameAt(0, 2));
        assertNull(code.localVariables().nameAt(0, 3), "the range ends before the return");
        assertNull(code.localVariables().nameAt(1, 2));
    }

    @Test
    void localVariablesMustLieInTheCodeAndTheLocals() {
        org.objectweb.asm.Label start = new org.objectweb.asm.Label();
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        org.objectweb.asm.Label past = new org.objectweb.asm.Label();
        assertMessage(ClassFormatError.class, withLocals(start, end, mv -> {
            mv.visitLabel(past);
            mv.visitLocalVariable("x", "I", null, past, past, 0);
        }), "LocalVariableTable range [4, 4) is outside the code (length 4)");
        assertMessage(ClassFormatError.class, withLocals(start, end, mv -> mv.visitLocalVariable("x", "J", null, start, end, 2)),
                "LocalVariableTable index 2 is outside max_locals 3");
        assertMessage(ClassFormatError.class, withLocals(start, end, mv -> mv.visitLocalVariable("a/b", "I", null, start, end, 0)),
                "LocalVariableTable entry 0 has an invalid name or descriptor");
    }

    /** demo/Locals.m: iconst_1 istore_0 [start] iload_0 [end] ireturn, max_locals 3; {@code more} adds to the code's end. */
    private static byte[] withLocals(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                                     java.util.function.Consumer<MethodVisitor> more) {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/Locals");
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "m", "()I", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitVarInsn(Opcodes.ISTORE, 0);
        mv.visitLabel(start);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.IRETURN);
        more.accept(mv);
        mv.visitMaxs(1, 3);
        mv.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void attributeLengthMustMatchItsBody() {
        ClassWriter cw = classWriter(Opcodes.V17, Opcodes.ACC_PUBLIC, "demo/Len");
        cw.visitAttribute(new RawAttribute("SourceFile", new byte[] {0, 1, 2}));
        assertMessage(ClassFormatError.class, cw.toByteArray(), "SourceFile attribute (at byte");
    }

    @Test
    void unknownAttributesAndAttributesOfLaterVersionsAreSkipped() {
        ClassWriter cw = classWriter(Opcodes.V1_5, Opcodes.ACC_PUBLIC, "demo/Skip");
        cw.visitAttribute(new RawAttribute("Whatever", new byte[] {9, 9, 9}));
        cw.visitAttribute(new RawAttribute("NestHost", new byte[] {(byte) 0xFF, (byte) 0xFF, 1})); // not in 49
        ClassFile c = ClassFileReader.read(cw.toByteArray());
        assertNull(c.nestHost());
    }

    @Test
    void moduleInfoIsRead() {
        byte[][] found = new byte[1][];
        CorpusClasses.forEachJdkClass((name, bytes) -> {
            if (name.equals("/modules/java.base/module-info.class")) {
                found[0] = bytes;
            }
        });
        ClassFile c = ClassFileReader.read(found[0]);
        assertTrue(c.isModule());
        assertNull(c.superName());
    }

    private static void assertMessage(Class<? extends ClassFormatError> type, byte[] bytes, String expected) {
        ClassFormatError e = assertThrows(type, () -> ClassFileReader.read(bytes));
        assertTrue(e.getMessage().contains(expected), "expected \"" + expected + "\" in: " + e.getMessage());
    }

    private static byte[] simpleClass() {
        return build(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/Simple");
    }

    private static byte[] build(int version, int access, String name) {
        return classWriter(version, access, name).toByteArray();
    }

    private static ClassWriter classWriter(int version, int access, String name) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(version, access, name, null, "java/lang/Object", null);
        return cw;
    }

    private static void abstractMethod(ClassWriter cw, String name, String descriptor) {
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name, descriptor, null, null).visitEnd();
    }

    /** Sets ACC_ABSTRACT in the class's access_flags, so its abstract methods are legal. */
    private static byte[] withAbstractClass(ClassWriter cw) {
        byte[] b = cw.toByteArray();
        b[poolEnd(b)] |= (byte) (Opcodes.ACC_ABSTRACT >> 8);
        return b;
    }

    /** The offset just after the constant pool (where access_flags starts), walking the pool. */
    static int poolEnd(byte[] b) {
        int count = ((b[8] & 0xFF) << 8) | (b[9] & 0xFF);
        int at = 10;
        for (int i = 1; i < count; i++) {
            int tag = b[at] & 0xFF;
            switch (tag) {
                case 1: at += 3 + (((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF)); break;
                case 5: case 6: at += 9; i++; break;
                case 7: case 8: case 16: case 19: case 20: at += 3; break;
                case 15: at += 4; break;
                default: at += 5; break;
            }
        }
        return at;
    }
}
