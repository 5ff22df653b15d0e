package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;

import ingot.jit.asm.Reg;

/** int arithmetic, logic and shifts: the two operands are the top two slots, the result replaces the lower. */
final class IntEmitters {
    private IntEmitters() {
    }

    static void emitIadd(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.add(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIsub(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.sub(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitImul(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.imul(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIand(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.and(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIor(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.or(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIxor(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.xor(Reg.EAX, c.top(0));
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIneg(EmitContext c) {
        c.asm.neg(DWORD, c.top(0));
    }

    /** x86 masks 32-bit shift counts by 31, as Java does. */
    static void emitIshl(EmitContext c) {
        loadShift(c);
        c.asm.shl(Reg.EAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIshr(EmitContext c) {
        loadShift(c);
        c.asm.sar(Reg.EAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIushr(EmitContext c) {
        loadShift(c);
        c.asm.shr(Reg.EAX, Reg.CL);
        c.asm.mov(c.top(1), Reg.EAX);
    }

    static void emitIdiv(EmitContext c) {
        Division.emit(c, DWORD, false);
    }

    static void emitIrem(EmitContext c) {
        Division.emit(c, DWORD, true);
    }

    private static void loadShift(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.mov(Reg.ECX, c.top(0));
    }
}
