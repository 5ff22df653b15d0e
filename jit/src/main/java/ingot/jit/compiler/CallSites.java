package ingot.jit.compiler;

import ingot.jit.asm.Label;

/**
 * The return addresses of a method's calls, each with the bytecode offset of the instruction that
 * made the call: what maps a return address found on the stack to a bytecode index, for
 * exception handling, stack traces and, later, stack maps.
 */
public final class CallSites {
    private Label[] returns = new Label[16];
    private int[] pcs = new int[16];
    private int count;

    void add(Label returnAddress, int pc) {
        if (count == returns.length) {
            Label[] moreReturns = new Label[count * 2];
            int[] morePcs = new int[count * 2];
            System.arraycopy(returns, 0, moreReturns, 0, count);
            System.arraycopy(pcs, 0, morePcs, 0, count);
            returns = moreReturns;
            pcs = morePcs;
        }
        returns[count] = returnAddress;
        pcs[count] = pc;
        count++;
    }

    public int count() {
        return count;
    }

    /** The label bound right after the i-th call: its return address. */
    public Label returnAddress(int i) {
        return returns[i];
    }

    /** The bytecode offset of the instruction that made the i-th call. */
    public int pc(int i) {
        return pcs[i];
    }
}
