package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Reg;

/** Conditional and unconditional branches. The stack is empty of the compared values afterwards. */
final class BranchEmitters {
    /** The conditions of ifeq..ifle and if_icmpeq..if_icmple, in opcode order. */
    private static final Cond[] CONDITIONS = {Cond.E, Cond.NE, Cond.L, Cond.GE, Cond.G, Cond.LE};

    private BranchEmitters() {
    }

    /** ifeq, ifne, iflt, ifge, ifgt, ifle: {@code which} is 0..5 in that order. */
    static void emitIfZero(EmitContext c, int which) {
        c.asm.cmp(DWORD, c.top(0), 0);
        c.asm.jcc(CONDITIONS[which], c.target(c.s2(1)));
    }

    /** if_icmpeq .. if_icmple: {@code which} is 0..5. */
    static void emitIfIcmp(EmitContext c, int which) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.cmp(Reg.EAX, c.top(0));
        c.asm.jcc(CONDITIONS[which], c.target(c.s2(1)));
    }

    /** if_acmpeq, if_acmpne. */
    static void emitIfAcmp(EmitContext c, boolean equal) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.cmp(Reg.RAX, c.top(0));
        c.asm.jcc(equal ? Cond.E : Cond.NE, c.target(c.s2(1)));
    }

    /** ifnull, ifnonnull. */
    static void emitIfNull(EmitContext c, boolean isNull) {
        c.asm.cmp(QWORD, c.top(0), 0);
        c.asm.jcc(isNull ? Cond.E : Cond.NE, c.target(c.s2(1)));
    }

    static void emitGoto(EmitContext c) {
        c.asm.jmp(c.target(c.s2(1)));
    }

    static void emitGotoW(EmitContext c) {
        c.asm.jmp(c.target(c.s4(1)));
    }
}
