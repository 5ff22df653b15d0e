package ingot.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Kind analysis on small methods made for the purpose, including code it must refuse. */
class KindAnalysisTest {

    @Test
    void tracksLongsAcrossTwoSlotsAndMergesDifferingLocalsToTop() {
        KindFrames f = analyze("(JZ)J", 4, 4, mv -> {
            Label other = new Label();
            Label join = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 2);
            mv.visitJumpInsn(Opcodes.IFEQ, other);
            mv.visitInsn(Opcodes.FCONST_1);
            mv.visitVarInsn(Opcodes.FSTORE, 3);
            mv.visitJumpInsn(Opcodes.GOTO, join);
            mv.visitLabel(other);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitVarInsn(Opcodes.ISTORE, 3);
            mv.visitLabel(join);
            mv.visitVarInsn(Opcodes.LLOAD, 0);
            mv.visitInsn(Opcodes.DUP2);
            mv.visitInsn(Opcodes.LADD);
            mv.visitInsn(Opcodes.LRETURN);
        });
        assertArrayEquals(new byte[] {Kind.LONG, Kind.TOP, Kind.INT, Kind.TOP}, f.localsAt(11));
        assertArrayEquals(new byte[] {Kind.LONG, Kind.LONG}, f.stackAt(13));
    }

    @Test
    void refusesStackUnderflow() {
        assertRefused("operand stack holds fewer than 1 slots", "()V", 1, 1, mv -> {
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void refusesWrongKinds() {
        assertRefused("expected I on the stack, found F", "()V", 2, 1, mv -> {
            mv.visitInsn(Opcodes.FCONST_0);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IADD);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.RETURN);
        });
        assertRefused("local 0 holds T, not I", "()V", 1, 1, mv -> {
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void refusesOverflowAndSplitLongs() {
        assertRefused("overflows max_stack 1", "()V", 1, 0, mv -> {
            mv.visitInsn(Opcodes.LCONST_0);
            mv.visitInsn(Opcodes.POP2);
            mv.visitInsn(Opcodes.RETURN);
        });
        assertRefused("split a long", "()V", 3, 0, mv -> {
            mv.visitInsn(Opcodes.LCONST_0);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void refusesStacksThatDisagreeAtAJoin() {
        assertRefused("operand stacks of", "(Z)V", 2, 1, mv -> {
            Label join = new Label();
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitJumpInsn(Opcodes.IFEQ, join);
            mv.visitInsn(Opcodes.POP);
            mv.visitLabel(join);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void refusesFallingOffTheEnd() {
        assertRefused("falls off the end", "()V", 1, 0, mv -> mv.visitInsn(Opcodes.NOP));
    }

    @Test
    void typesExceptionHandlersWithTheExceptionOnTheStack() {
        KindFrames f = analyze("()I", 2, 1, mv -> {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            mv.visitTryCatchBlock(start, end, handler, null);
            mv.visitLabel(start);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitLabel(end);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitLabel(handler);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.ICONST_2);
            mv.visitInsn(Opcodes.IRETURN);
        });
        assertArrayEquals(new byte[] {Kind.REF}, f.stackAt(2));
    }

    private static void assertRefused(String expected, String descriptor, int maxStack, int maxLocals,
                                      Consumer<MethodVisitor> body) {
        VerifyError e = assertThrows(VerifyError.class, () -> analyze(descriptor, maxStack, maxLocals, body));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().startsWith("demo/K.m" + descriptor + ": pc "),
                e.getMessage());
    }

    private static KindFrames analyze(String descriptor, int maxStack, int maxLocals, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/K", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "m", descriptor, null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitMaxs(maxStack, maxLocals);
        mv.visitEnd();
        ClassFile c = ClassFileReader.read(cw.toByteArray());
        return KindAnalysis.analyze(c, c.methods()[0]);
    }
}
