package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;

/** fcmpl, fcmpg, dcmpl, dcmpg: 1, 0 or -1, and for NaN -1 (the l forms) or 1 (the g forms). */
final class CompareEmitters {
    private CompareEmitters() {
    }

    static void emitFcmp(EmitContext c, int nanResult) {
        c.asm.movss(Xmm.XMM0, c.top(1));
        c.asm.ucomiss(Xmm.XMM0, c.top(0));
        threeWay(c, nanResult);
    }

    static void emitDcmp(EmitContext c, int nanResult) {
        c.asm.movsd(Xmm.XMM0, c.top(1));
        c.asm.ucomisd(Xmm.XMM0, c.top(0));
        threeWay(c, nanResult);
    }

    /** From ucomis* flags: unordered sets PF; above is greater, below is less. */
    private static void threeWay(EmitContext c, int nanResult) {
        Label done = c.asm.newLabel();
        c.asm.mov(Reg.EAX, nanResult);
        c.asm.jcc(Cond.P, done);
        c.asm.set(Cond.A, Reg.CL);
        c.asm.set(Cond.B, Reg.DL);
        c.asm.movzx(Reg.EAX, Reg.CL);
        c.asm.movzx(Reg.EDX, Reg.DL);
        c.asm.sub(Reg.EAX, Reg.EDX);
        c.asm.bind(done);
        c.asm.mov(c.top(1), Reg.EAX);
    }
}
