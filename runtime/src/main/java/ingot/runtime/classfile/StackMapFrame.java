package ingot.runtime.classfile;

/**
 * One frame of a StackMapTable (JVMS §4.7.4), kept as the class file states it: the frame type,
 * its offset delta, and the verification types it lists. A verification type is packed into an
 * int: the tag ({@link #TOP} .. {@link #UNINITIALIZED}) in the low byte, and for {@link #OBJECT}
 * the pool index of its Class entry, for {@link #UNINITIALIZED} the offset of its {@code new},
 * in the bits above.
 */
public final class StackMapFrame {
    public static final int TOP = 0;
    public static final int INTEGER = 1;
    public static final int FLOAT = 2;
    public static final int DOUBLE = 3;
    public static final int LONG = 4;
    public static final int NULL = 5;
    public static final int UNINITIALIZED_THIS = 6;
    public static final int OBJECT = 7;
    public static final int UNINITIALIZED = 8;

    /** Frame types 0..63: same locals, empty stack. */
    public static final int SAME_MAX = 63;
    /** Frame types 64..127: same locals, one stack item. */
    public static final int SAME_LOCALS_1_STACK_ITEM_MAX = 127;
    public static final int SAME_LOCALS_1_STACK_ITEM_EXTENDED = 247;
    /** Frame types 248..250: the last 1..3 locals are gone, empty stack. */
    public static final int CHOP_MIN = 248;
    public static final int SAME_EXTENDED = 251;
    /** Frame types 252..254: 1..3 more locals, empty stack. */
    public static final int APPEND_MAX = 254;
    public static final int FULL = 255;

    private static final int[] NONE = new int[0];

    private final int frameType;
    private final int offsetDelta;
    private final int[] locals;
    private final int[] stack;

    StackMapFrame(int frameType, int offsetDelta, int[] locals, int[] stack) {
        this.frameType = frameType;
        this.offsetDelta = offsetDelta;
        this.locals = locals == null ? NONE : locals;
        this.stack = stack == null ? NONE : stack;
    }

    public int frameType() {
        return frameType;
    }

    public int offsetDelta() {
        return offsetDelta;
    }

    /** The locals this frame lists: appended ones for append frames, all for full frames. */
    public int[] locals() {
        return locals;
    }

    public int[] stack() {
        return stack;
    }

    public static int tagOf(int verificationType) {
        return verificationType & 0xFF;
    }

    /** The Class entry of an OBJECT type, or the {@code new} offset of an UNINITIALIZED one. */
    public static int dataOf(int verificationType) {
        return verificationType >>> 8;
    }
}
