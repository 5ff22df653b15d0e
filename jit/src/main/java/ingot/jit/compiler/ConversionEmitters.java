package ingot.jit.compiler;

import static ingot.jit.asm.Width.BYTE;
import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;
import static ingot.jit.asm.Width.WORD;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;

/**
 * The conversions of JVMS §6.5: widening and narrowing between int and long, to and from the
 * floating types, and the floating-to-integer ones, which saturate and take NaN to 0.
 */
final class ConversionEmitters {
    private ConversionEmitters() {
    }

    static void emitI2l(EmitContext c) {
        c.asm.movsxd(Reg.RAX, c.top(0));
        c.asm.mov(c.top(0), Reg.RAX);
    }

    /** The int is the long's low half, already where an int slot keeps it. */
    static void emitL2i(EmitContext c) {
        c.asm.comment("l2i: the low 32 bits are the int");
    }

    static void emitI2b(EmitContext c) {
        c.asm.movsx(Reg.EAX, BYTE, c.top(0));
        c.asm.mov(c.top(0), Reg.EAX);
    }

    static void emitI2c(EmitContext c) {
        c.asm.movzx(Reg.EAX, WORD, c.top(0));
        c.asm.mov(c.top(0), Reg.EAX);
    }

    static void emitI2s(EmitContext c) {
        c.asm.movsx(Reg.EAX, WORD, c.top(0));
        c.asm.mov(c.top(0), Reg.EAX);
    }

    static void emitI2f(EmitContext c) {
        c.asm.cvtsi2ss(Xmm.XMM0, DWORD, c.top(0));
        c.asm.movss(c.top(0), Xmm.XMM0);
    }

    static void emitI2d(EmitContext c) {
        c.asm.cvtsi2sd(Xmm.XMM0, DWORD, c.top(0));
        c.asm.movsd(c.top(0), Xmm.XMM0);
    }

    static void emitL2f(EmitContext c) {
        c.asm.cvtsi2ss(Xmm.XMM0, QWORD, c.top(0));
        c.asm.movss(c.top(0), Xmm.XMM0);
    }

    static void emitL2d(EmitContext c) {
        c.asm.cvtsi2sd(Xmm.XMM0, QWORD, c.top(0));
        c.asm.movsd(c.top(0), Xmm.XMM0);
    }

    static void emitF2d(EmitContext c) {
        c.asm.cvtss2sd(Xmm.XMM0, c.top(0));
        c.asm.movsd(c.top(0), Xmm.XMM0);
    }

    static void emitD2f(EmitContext c) {
        c.asm.cvtsd2ss(Xmm.XMM0, c.top(0));
        c.asm.movss(c.top(0), Xmm.XMM0);
    }

    static void emitF2i(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(0));
        c.asm.cvttss2si(Reg.EAX, Xmm.XMM0);
        saturate(c, false, false);
    }

    static void emitF2l(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(0));
        c.asm.cvttss2si(Reg.RAX, Xmm.XMM0);
        saturate(c, true, false);
    }

    static void emitD2i(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(0));
        c.asm.cvttsd2si(Reg.EAX, Xmm.XMM0);
        saturate(c, false, true);
    }

    static void emitD2l(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(0));
        c.asm.cvttsd2si(Reg.RAX, Xmm.XMM0);
        saturate(c, true, true);
    }

    /**
     * cvtt* gives the "integer indefinite" (the minimum value) for NaN and out-of-range inputs;
     * Java wants 0 for NaN and the maximum for large positive values. The input is still in xmm0.
     */
    private static void saturate(EmitContext c, boolean toLong, boolean fromDouble) {
        Label done = c.asm.newLabel();
        Label nan = c.asm.newLabel();
        Reg result = toLong ? Reg.RAX : Reg.EAX;
        if (toLong) {
            c.asm.mov(Reg.RCX, Long.MIN_VALUE);
            c.asm.cmp(Reg.RAX, Reg.RCX);
        } else {
            c.asm.cmp(Reg.EAX, Integer.MIN_VALUE);
        }
        c.asm.jcc(Cond.NE, done);
        if (fromDouble) {
            c.asm.ucomisd(Xmm.XMM0, Xmm.XMM0);
            c.asm.jcc(Cond.P, nan);
            c.asm.movq(Reg.RCX, Xmm.XMM0);
            c.asm.test(Reg.RCX, Reg.RCX);
        } else {
            c.asm.ucomiss(Xmm.XMM0, Xmm.XMM0);
            c.asm.jcc(Cond.P, nan);
            c.asm.movd(Reg.ECX, Xmm.XMM0);
            c.asm.test(Reg.ECX, Reg.ECX);
        }
        c.asm.jcc(Cond.S, done); // negative: the minimum is right
        if (toLong) {
            c.asm.mov(Reg.RAX, Long.MAX_VALUE);
        } else {
            c.asm.mov(Reg.EAX, Integer.MAX_VALUE);
        }
        c.asm.jmp(done);
        c.asm.bind(nan);
        c.asm.xor(Reg.EAX, Reg.EAX);
        c.asm.bind(done);
        c.asm.mov(c.top(0), result);
    }
}
