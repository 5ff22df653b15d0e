package ingot.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bytecode javac does not write, made with ASM and run on HotSpot, where the faulting pc is known
 * exactly: our message at that pc must be HotSpot's. Covers invokespecial and monitorexit on null,
 * swap and dup_x2 over a long, wide locals, checkcast on one path only, code reached only by a
 * backward jump (a second pass), and a null pushed through dup.
 */
class NullPointerMessagesCraftedTest {
    private static final String OWNER = "npe/Crafted";
    private static final String STRING = "java/lang/String";

    @Test
    void invokespecialOfAPrivateMethod() throws Exception {
        check("(L" + OWNER + ";)V", new Object[] {null}, (mv, fault) -> {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitLabel(fault);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OWNER, "own", "()V", false);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void monitorexitOfNull() throws Exception {
        check("()V", new Object[0], (mv, fault) -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitLabel(fault);
            mv.visitInsn(Opcodes.MONITOREXIT);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void swapExchangesOrigins() throws Exception {
        check("(Ljava/lang/String;Ljava/lang/String;)V", new Object[] {"x", null}, (mv, fault) -> {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitInsn(Opcodes.SWAP);
            mv.visitInsn(Opcodes.POP);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void dupX2OverALong() throws Exception {
        check("(JLjava/lang/String;)V", new Object[] {1L, null}, (mv, fault) -> {
            mv.visitVarInsn(Opcodes.LLOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitInsn(Opcodes.DUP_X2);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.POP2);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void wideLocal() throws Exception {
        check("()V", new Object[0], (mv, fault) -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitVarInsn(Opcodes.ASTORE, 300);
            mv.visitVarInsn(Opcodes.ALOAD, 300);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void checkcastOnOnePathKeepsTheOrigin() throws Exception {
        check("(Ljava/lang/Object;Z)V", new Object[] {null, true}, (mv, fault) -> {
            Label join = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitJumpInsn(Opcodes.IFEQ, join);
            mv.visitTypeInsn(Opcodes.CHECKCAST, STRING);
            mv.visitLabel(join);
            mv.visitLabel(fault);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
            mv.visitInsn(Opcodes.POP);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    @Test
    void codeReachedOnlyBackwards() throws Exception {
        check("(Ljava/lang/String;)V", new Object[] {"x"}, (mv, fault) -> {
            Label back = new Label();
            Label later = new Label();
            mv.visitJumpInsn(Opcodes.GOTO, later);
            mv.visitLabel(back);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitLabel(later);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            mv.visitJumpInsn(Opcodes.GOTO, back);
        });
    }

    /** A loop's back edge carries a store; a block reached only backwards forces the second pass that sees it. */
    @Test
    void secondPassSeesTheLoopsStores() throws Exception {
        check("(Ljava/lang/String;Ljava/lang/String;)V", new Object[] {"x", null}, (mv, fault) -> {
            Label back = new Label();
            Label start = new Label();
            mv.visitJumpInsn(Opcodes.GOTO, start);
            mv.visitLabel(back);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitLabel(start);
            loopStoringLocal1InLocal0(mv, back, () -> {
                Label skip = new Label();
                mv.visitVarInsn(Opcodes.ILOAD, 2);
                mv.visitInsn(Opcodes.ICONST_1);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, skip);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                lengthAt(mv, fault);
                mv.visitLabel(skip);
            });
        });
    }

    /**
     * The loaded local's store reaches the load's frame, by a merge, only after the faulting
     * instruction's frame was made from it.
     */
    @Test
    void storeMergedAfterTheLoad() throws Exception {
        check("(Ljava/lang/String;Ljava/lang/String;)V", new Object[] {"x", null}, (mv, fault) -> {
            Label back = new Label();
            Label start = new Label();
            mv.visitJumpInsn(Opcodes.GOTO, start);
            mv.visitLabel(back);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitLabel(start);
            loopStoringLocal1InLocal0(mv, back, () -> { });
        });
    }

    /** {@code fault: invokevirtual String.length(); pop}. */
    private static void lengthAt(MethodVisitor mv, Label fault) {
        mv.visitLabel(fault);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STRING, "length", "()I", false);
        mv.visitInsn(Opcodes.POP);
    }

    /** {@code for (int i = 0; i < 2; i++) { body; local0 = local1; } goto exit;} with i in local 2. */
    private static void loopStoringLocal1InLocal0(MethodVisitor mv, Label exit, Runnable body) {
        Label condition = new Label();
        Label end = new Label();
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, 2);
        mv.visitLabel(condition);
        mv.visitVarInsn(Opcodes.ILOAD, 2);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, end);
        body.run();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitVarInsn(Opcodes.ASTORE, 0);
        mv.visitIincInsn(2, 1);
        mv.visitJumpInsn(Opcodes.GOTO, condition);
        mv.visitLabel(end);
        mv.visitJumpInsn(Opcodes.GOTO, exit);
    }

    @Test
    void nullThroughDup() throws Exception {
        check("(Ljava/lang/String;)V", new Object[] {"x"}, (mv, fault) -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            lengthAt(mv, fault);
            mv.visitInsn(Opcodes.RETURN);
        });
    }

    /** Builds class npe.Crafted with static {@code m} from {@code body}, runs it on HotSpot, and compares. */
    private static void check(String descriptor, Object[] args, BiConsumer<MethodVisitor, Label> body) throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, OWNER, null, "java/lang/Object", null);
        MethodVisitor own = cw.visitMethod(Opcodes.ACC_PRIVATE, "own", "()V", null, null);
        own.visitCode();
        own.visitInsn(Opcodes.RETURN);
        own.visitMaxs(0, 0);
        own.visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "m", descriptor, null, null);
        mv.visitCode();
        Label fault = new Label();
        body.accept(mv, fault);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();

        ClassFile cf = ClassFileReader.read(bytes);
        MethodInfo m = null;
        for (MethodInfo candidate : cf.methods()) {
            if (candidate.name().equals("m")) {
                m = candidate;
            }
        }
        String ours = NullPointerMessages.messageFor(cf, m, fault.getOffset());
        String hotspot = runOnHotSpot(bytes, args);
        assertNotNull(hotspot, "HotSpot gave no message");
        assertEquals(hotspot, ours);
    }

    private static String runOnHotSpot(byte[] bytes, Object[] args) throws Exception {
        Class<?> k = new ClassLoader(null) {
            Class<?> define() {
                return defineClass(OWNER.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
        Method m = null;
        for (Method candidate : k.getMethods()) {
            if (candidate.getName().equals("m")) {
                m = candidate;
            }
        }
        try {
            m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                return npe.getMessage();
            }
            throw e;
        }
        throw new AssertionError("no NullPointerException");
    }
}
