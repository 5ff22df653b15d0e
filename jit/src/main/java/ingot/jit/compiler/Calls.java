package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.jit.asm.Xmm;
import ingot.runtime.bytecode.Kind;

/** Moving arguments from stack slots to where the convention wants them, the call, and the result. */
final class Calls {
    private Calls() {
    }

    /** Calls {@code target} with the top {@code cc.kinds.length} values as arguments. */
    static void emitCall(EmitContext c, CallingConvention cc, Symbol target) {
        int stackBytes = moveArguments(c, cc);
        c.call(target);
        releaseStackArguments(c, stackBytes);
    }

    /** Calls the entry in r11 (loaded by the caller: a vtable or itable target), arguments as above. */
    static void emitCallR11(EmitContext c, CallingConvention cc) {
        int stackBytes = moveArguments(c, cc);
        c.call(Reg.R11);
        releaseStackArguments(c, stackBytes);
    }

    private static void releaseStackArguments(EmitContext c, int stackBytes) {
        if (stackBytes > 0) {
            c.asm.add(Reg.RSP, stackBytes);
        }
    }

    /** Puts the arguments in place; uses r10 as scratch, leaves r11 alone. Returns the stack bytes reserved. */
    private static int moveArguments(EmitContext c, CallingConvention cc) {
        int n = cc.kinds.length;
        int stackBytes = cc.stackBytes();
        if (stackBytes > 0) {
            c.asm.sub(Reg.RSP, stackBytes);
            for (int i = 0; i < n; i++) {
                int k = cc.stackIndex(i);
                if (k >= 0) {
                    c.asm.mov(Reg.R10, c.top(n - 1 - i));
                    c.asm.mov(Mem.at(Reg.RSP, FrameLayout.SLOT * k), Reg.R10);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (cc.stackIndex(i) >= 0) {
                continue;
            }
            Mem slot = c.top(n - 1 - i);
            if (!cc.isFloat(i)) {
                c.asm.mov(cc.integerRegister(i), slot);
            } else if (cc.kinds[i] == Kind.FLOAT) {
                c.asm.movss(cc.floatRegister(i), slot);
            } else {
                c.asm.movsd(cc.floatRegister(i), slot);
            }
        }
        return stackBytes;
    }

    /** Stores the call's result, if any, where the {@code popped} arguments were. */
    static void storeResult(EmitContext c, int popped, byte kind) {
        Mem slot = c.result(popped);
        switch (kind) {
            case Kind.TOP: break;
            case Kind.FLOAT: c.asm.movss(slot, Xmm.XMM0); break;
            case Kind.DOUBLE: c.asm.movsd(slot, Xmm.XMM0); break;
            default: c.asm.mov(slot, Reg.RAX); break;
        }
    }

    /** The prologue's half of the convention: each parameter from its register or stack place to its local. */
    static void spillParameters(EmitContext c, CallingConvention cc) {
        int local = 0;
        for (int i = 0; i < cc.kinds.length; i++) {
            Mem slot = c.local(local);
            int k = cc.stackIndex(i);
            if (k >= 0) {
                c.asm.mov(Reg.RAX, c.frame.stackArgument(k));
                c.asm.mov(slot, Reg.RAX);
            } else if (!cc.isFloat(i)) {
                c.asm.mov(slot, cc.integerRegister(i));
            } else if (cc.kinds[i] == Kind.FLOAT) {
                c.asm.movss(slot, cc.floatRegister(i));
            } else {
                c.asm.movsd(slot, cc.floatRegister(i));
            }
            local += Kind.size(cc.kinds[i]);
        }
    }
}
