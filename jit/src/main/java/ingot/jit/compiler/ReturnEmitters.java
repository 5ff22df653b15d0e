package ingot.jit.compiler;

import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;

/** ireturn, lreturn, freturn, dreturn, areturn, return: the result to rax or xmm0, then the epilogue. */
final class ReturnEmitters {
    private ReturnEmitters() {
    }

    static void emitIreturn(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(0));
        epilogue(c);
    }

    static void emitLreturn(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(0));
        epilogue(c);
    }

    static void emitAreturn(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(0));
        epilogue(c);
    }

    static void emitFreturn(EmitContext c) {
        c.asm.movss(Xmm.XMM0, c.top(0));
        epilogue(c);
    }

    static void emitDreturn(EmitContext c) {
        c.asm.movsd(Xmm.XMM0, c.top(0));
        epilogue(c);
    }

    static void emitReturn(EmitContext c) {
        epilogue(c);
    }

    static void epilogue(EmitContext c) {
        c.asm.mov(Reg.RSP, Reg.RBP);
        c.asm.pop(Reg.RBP);
        c.asm.ret();
    }
}
