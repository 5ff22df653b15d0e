package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;

import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;

/**
 * float and double arithmetic on SSE2 scalars (IEEE 754 with round-to-nearest, as Java's strict
 * semantics ask), negation by flipping the sign bit, and remainders through the runtime.
 */
final class FloatEmitters {
    private static final int FLOAT_SIGN = 0x80000000;

    private FloatEmitters() {
    }

    static void emitFadd(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.addss(Xmm.XMM0, c.top(0));
        c.asm.movss(c.top(1), Xmm.XMM0);
    }

    static void emitFsub(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.subss(Xmm.XMM0, c.top(0));
        c.asm.movss(c.top(1), Xmm.XMM0);
    }

    static void emitFmul(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.mulss(Xmm.XMM0, c.top(0));
        c.asm.movss(c.top(1), Xmm.XMM0);
    }

    static void emitFdiv(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.divss(Xmm.XMM0, c.top(0));
        c.asm.movss(c.top(1), Xmm.XMM0);
    }

    static void emitDadd(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.addsd(Xmm.XMM0, c.top(0));
        c.asm.movsd(c.top(1), Xmm.XMM0);
    }

    static void emitDsub(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.subsd(Xmm.XMM0, c.top(0));
        c.asm.movsd(c.top(1), Xmm.XMM0);
    }

    static void emitDmul(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.mulsd(Xmm.XMM0, c.top(0));
        c.asm.movsd(c.top(1), Xmm.XMM0);
    }

    static void emitDdiv(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.divsd(Xmm.XMM0, c.top(0));
        c.asm.movsd(c.top(1), Xmm.XMM0);
    }

    static void emitFneg(EmitContext c) {
        c.asm.xor(DWORD, c.top(0), FLOAT_SIGN);
    }

    static void emitDneg(EmitContext c) {
        c.asm.mov(Reg.RAX, Long.MIN_VALUE);
        c.asm.xor(c.top(0), Reg.RAX);
    }

    static void emitFrem(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.movss(Xmm.XMM1, c.top(0));
        c.call(c.runtime(RuntimeRoutine.FLOAT_REMAINDER));
        c.asm.movss(c.top(1), Xmm.XMM0);
    }

    static void emitDrem(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.movsd(Xmm.XMM1, c.top(0));
        c.call(c.runtime(RuntimeRoutine.DOUBLE_REMAINDER));
        c.asm.movsd(c.top(1), Xmm.XMM0);
    }
}
