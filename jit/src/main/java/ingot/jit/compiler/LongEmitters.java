package ingot.jit.compiler;

import static ingot.jit.asm.Width.QWORD;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Reg;

/** long arithmetic, logic, shifts (count is an int) and lcmp. */
final class LongEmitters {
    private LongEmitters() {
    }

    static void emitLadd(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.add(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLsub(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.sub(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLmul(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.imul(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLand(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.and(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLor(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.or(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLxor(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.xor(Reg.RAX, c.top(0));
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLneg(EmitContext c) {
        c.asm.neg(QWORD, c.top(0));
    }

    /** x86 masks 64-bit shift counts by 63, as Java does. */
    static void emitLshl(EmitContext c) {
        loadShift(c);
        c.asm.shl(Reg.RAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLshr(EmitContext c) {
        loadShift(c);
        c.asm.sar(Reg.RAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLushr(EmitContext c) {
        loadShift(c);
        c.asm.shr(Reg.RAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.RAX);
    }

    static void emitLdiv(EmitContext c) {
        Division.emit(c, QWORD, false);
    }

    static void emitLrem(EmitContext c) {
        Division.emit(c, QWORD, true);
    }

    /** lcmp: 1, 0 or -1 as the first operand is greater, equal or less. */
    static void emitLcmp(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.cmp(Reg.RAX, c.top(0));
        c.asm.set(Cond.G, Reg.CL);
        c.asm.set(Cond.L, Reg.DL);
        c.asm.movzx(Reg.EAX, Reg.CL);
        c.asm.movzx(Reg.EDX, Reg.DL);
        c.asm.sub(Reg.EAX, Reg.EDX);
        c.asm.mov(c.top(1), Reg.EAX);
    }

    private static void loadShift(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(1));
        c.asm.mov(Reg.ECX, c.top(0));
    }
}
