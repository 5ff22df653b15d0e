package ingot.runtime.bytecode;

/**
 * The kinds in a method's frame at one point: locals by slot (a long or double takes its slot and
 * TOP in the next), and the operand stack by value (a long or double is one entry). Operations
 * that the bytecode cannot legally perform throw {@link KindError}. {@link OriginFrame} extends it
 * to follow where each stack value came from.
 */
class FrameState {
    final byte[] locals;
    final byte[] stack;
    int depth;      // values on the stack
    int slots;      // slots they take, for max_stack

    FrameState(int maxLocals, int maxStack) {
        locals = new byte[maxLocals];
        stack = new byte[maxStack];
    }

    FrameState copy() {
        FrameState c = new FrameState(locals.length, stack.length);
        System.arraycopy(locals, 0, c.locals, 0, locals.length);
        System.arraycopy(stack, 0, c.stack, 0, depth);
        c.depth = depth;
        c.slots = slots;
        return c;
    }

    void push(byte kind) {
        int size = Kind.size(kind);
        if (slots + size > stack.length) {
            throw new KindError("operand stack overflows max_stack " + stack.length);
        }
        stack[depth++] = kind;
        slots += size;
    }

    byte pop() {
        if (depth == 0) {
            throw new KindError("pop from an empty operand stack");
        }
        byte kind = stack[--depth];
        slots -= Kind.size(kind);
        return kind;
    }

    void pop(byte expected) {
        byte kind = pop();
        if (kind != expected) {
            throw new KindError("expected " + Kind.letter(expected) + " on the stack, found " + Kind.letter(kind));
        }
    }

    byte load(int index, byte expected) {
        checkLocal(index, Kind.size(expected));
        if (locals[index] != expected) {
            throw new KindError("local " + index + " holds " + Kind.letter(locals[index]) + ", not "
                    + Kind.letter(expected));
        }
        return expected;
    }

    void store(int index, byte kind) {
        int size = Kind.size(kind);
        checkLocal(index, size);
        if (index > 0 && Kind.size(locals[index - 1]) == 2) {
            locals[index - 1] = Kind.TOP; // overwrote the second half of a long or double
        }
        locals[index] = kind;
        if (size == 2) {
            locals[index + 1] = Kind.TOP;
        }
    }

    private void checkLocal(int index, int size) {
        if (index < 0 || index + size > locals.length) {
            throw new KindError("local " + index + " is outside max_locals " + locals.length);
        }
    }

    /** Removes the values making up the top {@code n} slots. */
    void popSlots(int n) {
        int values = valuesInTopSlots(n);
        for (int i = 0; i < values; i++) {
            pop();
        }
    }

    /**
     * The dup family: copies the values making up the top {@code copySlots} slots and inserts the
     * copies beneath the values making up the top {@code underSlots} slots.
     */
    void duplicate(int copySlots, int underSlots) {
        int copied = valuesInTopSlots(copySlots);
        int under = valuesInTopSlots(underSlots);
        if (slots + copySlots > stack.length) {
            throw new KindError("operand stack overflows max_stack " + stack.length);
        }
        insertCopies(copied, under);
        depth += copied;
        slots += copySlots;
    }

    /** Copies the top {@code copied} values to beneath the top {@code under} values; depth is the caller's. */
    void insertCopies(int copied, int under) {
        insertCopies(stack, depth, copied, under);
    }

    /**
     * The dup family's move on any array of per-value facts holding {@code depth} values and room
     * for {@code copied} more: the top {@code under} values move up by {@code copied}, and the top
     * {@code copied} of them are copied back beneath.
     */
    static void insertCopies(Object values, int depth, int copied, int under) {
        int at = depth - under;
        System.arraycopy(values, at, values, at + copied, under);
        System.arraycopy(values, depth, values, at, copied);
    }

    void swap() {
        if (valuesInTopSlots(2) != 2) {
            throw new KindError("swap needs two category-1 values");
        }
        swapTop();
    }

    /** Exchanges the top two values. */
    void swapTop() {
        byte top = stack[depth - 1];
        stack[depth - 1] = stack[depth - 2];
        stack[depth - 2] = top;
    }

    /** How many values the top {@code n} slots hold; they must not split a long or double. */
    private int valuesInTopSlots(int n) {
        int values = 0;
        int counted = 0;
        while (counted < n) {
            if (values == depth) {
                throw new KindError("operand stack holds fewer than " + n + " slots");
            }
            counted += Kind.size(stack[depth - 1 - values]);
            values++;
        }
        if (counted != n) {
            throw new KindError("instruction would split a long or double on the operand stack");
        }
        return values;
    }

    /**
     * Merges {@code other} into this state: differing locals become TOP; the stacks must agree.
     * Returns true when this state changed.
     */
    boolean merge(FrameState other) {
        if (other.depth != depth) {
            throw new KindError("operand stacks of " + depth + " and " + other.depth + " values meet");
        }
        for (int i = 0; i < depth; i++) {
            if (stack[i] != other.stack[i]) {
                throw new KindError("operand stack entry " + i + " is " + Kind.letter(stack[i]) + " on one path and "
                        + Kind.letter(other.stack[i]) + " on another");
            }
        }
        boolean changed = false;
        for (int i = 0; i < locals.length; i++) {
            if (locals[i] != other.locals[i] && locals[i] != Kind.TOP) {
                locals[i] = Kind.TOP;
                changed = true;
            }
        }
        return changed;
    }
}
