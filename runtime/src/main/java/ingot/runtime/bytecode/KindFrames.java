package ingot.runtime.bytecode;

/**
 * The result of {@link KindAnalysis}: for each reachable instruction, the kinds of the locals and
 * of the operand stack just before it executes. Unreachable instructions and offsets inside an
 * instruction have none.
 */
public final class KindFrames {
    private final byte[][] locals;
    private final byte[][] stacks;

    KindFrames(int codeLength) {
        locals = new byte[codeLength][];
        stacks = new byte[codeLength][];
    }

    void set(int pc, FrameState s) {
        byte[] l = new byte[s.locals.length];
        System.arraycopy(s.locals, 0, l, 0, l.length);
        byte[] st = new byte[s.depth];
        System.arraycopy(s.stack, 0, st, 0, s.depth);
        locals[pc] = l;
        stacks[pc] = st;
    }

    public int codeLength() {
        return locals.length;
    }

    /** True when an instruction starts at {@code pc} and some path reaches it. */
    public boolean isReachable(int pc) {
        return locals[pc] != null;
    }

    /** The locals' kinds by slot before {@code pc}; shared, not copied. */
    public byte[] localsAt(int pc) {
        return locals[pc];
    }

    /** The operand stack's kinds by value, bottom first, before {@code pc}; shared, not copied. */
    public byte[] stackAt(int pc) {
        return stacks[pc];
    }
}
