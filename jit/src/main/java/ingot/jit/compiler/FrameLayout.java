package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/**
 * The frame of a compiled method, below the saved rbp: one 8-byte slot per local (a long or double
 * uses the slot of its first index), then one per operand-stack value, deepest first. The frame
 * size keeps rsp 16-byte aligned.
 * <pre>
 *   [rbp + 16 + 8k]  k-th argument passed on the stack
 *   [rbp + 8]        return address
 *   [rbp]            caller's rbp
 *   [rbp - 8(i+1)]   local i
 *   [rbp - 8(L+d+1)] operand-stack value at depth d (L = max_locals)
 *   [rbp - 8(L+S+k+1)] scratch slot k (S = max_stack), for values an instruction keeps
 *                      while it calls out (the builder of a string concatenation)
 * </pre>
 */
public final class FrameLayout {
    public static final int SLOT = 8;
    public static final int SCRATCH_SLOTS = 1;
    private final int maxLocals;
    private final int maxStack;

    public FrameLayout(int maxLocals, int maxStack) {
        this.maxLocals = maxLocals;
        this.maxStack = maxStack;
    }

    public Mem local(int index) {
        return Mem.at(Reg.RBP, -SLOT * (index + 1));
    }

    public Mem stack(int depth) {
        return Mem.at(Reg.RBP, -SLOT * (maxLocals + depth + 1));
    }

    /** A scratch slot, below the operand stack; {@link #SCRATCH_SLOTS} of them. */
    public Mem scratch(int k) {
        return Mem.at(Reg.RBP, -SLOT * (maxLocals + maxStack + k + 1));
    }

    /** The k-th argument the caller passed on the stack. */
    public Mem stackArgument(int k) {
        return Mem.at(Reg.RBP, 2 * SLOT + SLOT * k);
    }

    /** Bytes to subtract from rsp after {@code push rbp}: all slots, rounded up to 16. */
    public int frameBytes() {
        int bytes = SLOT * (maxLocals + maxStack + SCRATCH_SLOTS);
        return (bytes + 15) & ~15;
    }
}
