package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;

/**
 * Building a String in compiled code with a StringBuilder kept in scratch slot 0: what string
 * concatenation and records' toString compile to. Values to append are loaded into rax first and
 * go through the append overload their static type selects, as the JDK's factories do.
 */
final class StringBuilding {
    static final String BUILDER = "java/lang/StringBuilder";

    private StringBuilding() {
    }

    static void newBuilder(EmitContext c) {
        c.asm.lea(Reg.RDI, Mem.rip(c.env.classObject(BUILDER), 0));
        c.asm.mov(Reg.ESI, c.env.instanceSize(BUILDER));
        c.call(c.runtime(RuntimeRoutine.NEW_INSTANCE));
        c.asm.mov(c.frame.scratch(0), Reg.RAX);
        c.asm.mov(Reg.RDI, Reg.RAX);
        c.call(c.env.directMethod(BUILDER, "<init>", "()V"));
    }

    /** Appends the text gathered so far, if any, and empties it. */
    static void appendLiteral(EmitContext c, StringBuilder literal) {
        if (literal.length() == 0) {
            return;
        }
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        c.asm.lea(Reg.RSI, Mem.rip(c.env.stringLiteral(literal.toString()), 0));
        c.call(c.env.directMethod(BUILDER, "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;"));
        literal.setLength(0);
    }

    /** Appends the value in rax (eax for int-sized and narrower types) of the given field type. */
    static void appendLoaded(EmitContext c, String descriptor) {
        char type = descriptor.charAt(0);
        String parameter;
        switch (type) {
            case 'Z': case 'C': case 'I': case 'J': case 'F': case 'D':
                parameter = String.valueOf(type);
                break;
            case 'B': case 'S':
                parameter = "I";
                break;
            default:
                parameter = descriptor.startsWith("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
                break;
        }
        argumentFromRax(c, type);
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        c.call(c.env.directMethod(BUILDER, "append", "(" + parameter + ")Ljava/lang/StringBuilder;"));
    }

    /**
     * Moves the value in rax to where a call takes it: xmm0 for float and double; otherwise both
     * rdi (a static method's first argument) and rsi (an instance method's first after the receiver).
     */
    static void argumentFromRax(EmitContext c, char type) {
        if (type == 'F') {
            c.asm.movd(Xmm.XMM0, Reg.EAX);
        } else if (type == 'D') {
            c.asm.movq(Xmm.XMM0, Reg.RAX);
        } else {
            c.asm.mov(Reg.RSI, Reg.RAX);
            c.asm.mov(Reg.RDI, Reg.RAX);
        }
    }

    /** toString of the builder, stored where the {@code popped} operands were. */
    static void finish(EmitContext c, int popped) {
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        c.call(c.env.directMethod(BUILDER, "toString", "()Ljava/lang/String;"));
        c.asm.mov(c.result(popped), Reg.RAX);
    }
}
