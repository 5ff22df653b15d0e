package ingot.runtime.bytecode;

/**
 * The operand stack as the null-pointer analysis sees it ({@link StackOrigins}): each value's
 * kind and its origin, the pc of the instruction that pushed it ({@link #UNKNOWN} where paths with
 * different origins met); and which local slots a store may have written since the method began.
 * Slots from 64 on always count as written. Locals' kinds are not followed ({@link KindAnalysis}
 * checks them), so loads and stores only record the writes.
 */
final class OriginFrame extends FrameState {
    static final int UNKNOWN = -1;
    private static final int TRACKED_SLOTS = 64;

    private final int[] origins;
    private long written;
    /** The instruction being applied: the origin of what it pushes. */
    int pc;

    OriginFrame(int maxStack) {
        super(0, maxStack);
        origins = new int[maxStack];
    }

    @Override
    OriginFrame copy() {
        OriginFrame c = new OriginFrame(stack.length);
        System.arraycopy(stack, 0, c.stack, 0, depth);
        System.arraycopy(origins, 0, c.origins, 0, depth);
        c.depth = depth;
        c.slots = slots;
        c.written = written;
        return c;
    }

    @Override
    void push(byte kind) {
        super.push(kind);
        origins[depth - 1] = pc;
    }

    /** Pushes a value that no instruction of this method produced (a caught exception). */
    void pushUnknown(byte kind) {
        super.push(kind);
        origins[depth - 1] = UNKNOWN;
    }

    @Override
    byte load(int index, byte expected) {
        return expected;
    }

    @Override
    void store(int index, byte kind) {
        if (index >= 0 && index < TRACKED_SLOTS) {
            written |= 1L << index;
        }
    }

    @Override
    void insertCopies(int copied, int under) {
        insertCopies(origins, depth, copied, under);
        super.insertCopies(copied, under);
    }

    @Override
    void swapTop() {
        int top = origins[depth - 1];
        origins[depth - 1] = origins[depth - 2];
        origins[depth - 2] = top;
        super.swapTop();
    }

    /** The origin of the value {@code k} below the top (0 = the top), or UNKNOWN. */
    int originOf(int k) {
        return k >= 0 && k < depth ? origins[depth - 1 - k] : UNKNOWN;
    }

    /** True when some path to here may have stored into local {@code slot}. */
    boolean wasWritten(int slot) {
        return slot >= TRACKED_SLOTS || (written & (1L << slot)) != 0;
    }

    /**
     * Merges another path's frame into this one: origins that differ become UNKNOWN, written
     * slots accumulate. The stacks must hold the same kinds.
     */
    void mergeFrom(OriginFrame other) {
        if (other.depth != depth) {
            throw new KindError("operand stacks of " + depth + " and " + other.depth + " values meet");
        }
        for (int i = 0; i < depth; i++) {
            if (stack[i] != other.stack[i]) {
                throw new KindError("operand stack entry " + i + " differs between paths");
            }
            if (origins[i] != other.origins[i]) {
                origins[i] = UNKNOWN;
            }
        }
        written |= other.written;
    }
}
