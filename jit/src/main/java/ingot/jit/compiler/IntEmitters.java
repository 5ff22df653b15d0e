package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
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
        divide(c, false);
    }

    static void emitIrem(EmitContext c) {
        divide(c, true);
    }

    private static void loadShift(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.mov(Reg.ECX, c.top(0));
    }

    /**
     * Division with Java's rules: a zero divisor throws; a divisor of -1 negates (idiv would fault
     * on MIN_VALUE / -1, whose Java result is MIN_VALUE with remainder 0).
     */
    private static void divide(EmitContext c, boolean remainder) {
        Label nonZero = c.asm.newLabel();
        Label normal = c.asm.newLabel();
        Label done = c.asm.newLabel();
        c.asm.mov(Reg.ECX, c.top(0));
        c.asm.test(Reg.ECX, Reg.ECX);
        c.asm.jcc(Cond.NE, nonZero);
        c.call(c.runtime(RuntimeRoutine.DIVIDE_BY_ZERO));
        c.asm.bind(nonZero);
        c.asm.mov(Reg.EAX, c.top(1));
        c.asm.cmp(Reg.ECX, -1);
        c.asm.jcc(Cond.NE, normal);
        if (remainder) {
            c.asm.xor(Reg.EDX, Reg.EDX);
        } else {
            c.asm.neg(Reg.EAX);
        }
        c.asm.jmp(done);
        c.asm.bind(normal);
        c.asm.cdq();
        c.asm.idiv(Reg.ECX);
        c.asm.bind(done);
        c.asm.mov(c.top(1), remainder ? Reg.EDX : Reg.EAX);
    }
}
