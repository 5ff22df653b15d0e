package ingot.jit.compiler;

import ingot.jit.asm.Reg;
import ingot.runtime.bytecode.Kind;

/**
 * pop, pop2, dup..dup2_x2, swap. The stack depth after each instruction is known statically, so
 * pops emit nothing; the dups copy whole slots. Each is "copy the values of the top k slots
 * beneath the values of the top d slots", as {@link ingot.runtime.bytecode.KindAnalysis} does it.
 */
final class StackEmitters {
    /** Registers holding the values a dup moves: at most six (dup2_x2 with four int values). */
    private static final Reg[] HOLD = {Reg.RAX, Reg.RCX, Reg.RDX, Reg.RSI, Reg.RDI, Reg.R8};

    private StackEmitters() {
    }

    static void emitPop(EmitContext c) {
        c.asm.comment("pop: the value is left behind");
    }

    static void emitDup(EmitContext c, int copySlots, int underSlots) {
        int copied = valuesIn(c, copySlots);
        int under = valuesIn(c, underSlots);
        for (int i = 0; i < under; i++) {
            c.asm.mov(HOLD[i], c.top(under - 1 - i));
        }
        int base = c.depth - under;
        for (int i = 0; i < copied; i++) {
            c.asm.mov(c.frame.stack(base + i), HOLD[under - copied + i]);
        }
        for (int i = 0; i < under; i++) {
            c.asm.mov(c.frame.stack(base + copied + i), HOLD[i]);
        }
    }

    static void emitSwap(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(0));
        c.asm.mov(Reg.RCX, c.top(1));
        c.asm.mov(c.top(1), Reg.RAX);
        c.asm.mov(c.top(0), Reg.RCX);
    }

    /** How many values the top {@code slots} slots hold (the kind analysis checked they align). */
    private static int valuesIn(EmitContext c, int slots) {
        int values = 0;
        for (int counted = 0; counted < slots; values++) {
            counted += Kind.size(c.kindOfTop(values));
        }
        return values;
    }
}
