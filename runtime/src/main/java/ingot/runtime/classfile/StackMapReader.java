package ingot.runtime.classfile;

/**
 * Reads a StackMapTable attribute (JVMS §4.7.4) structurally: frame types in their ranges,
 * verification-type tags known, Object types naming Class entries, Uninitialized offsets inside
 * the code. Whether the frames are right is the verifier's question, not this one's.
 */
final class StackMapReader {
    private final ClassInput in;
    private final ConstantPool pool;
    private final int codeLength;

    StackMapReader(ClassInput in, ConstantPool pool, int codeLength) {
        this.in = in;
        this.pool = pool;
        this.codeLength = codeLength;
    }

    StackMapFrame[] read() {
        int count = in.count("StackMapTable entries", 1);
        StackMapFrame[] frames = new StackMapFrame[count];
        for (int i = 0; i < count; i++) {
            frames[i] = readFrame();
        }
        return frames;
    }

    private StackMapFrame readFrame() {
        int at = in.position();
        int type = in.u1();
        if (type <= StackMapFrame.SAME_MAX) {
            return new StackMapFrame(type, type, null, null);
        }
        if (type <= StackMapFrame.SAME_LOCALS_1_STACK_ITEM_MAX) {
            return new StackMapFrame(type, type - 64, null, types(1));
        }
        if (type < StackMapFrame.SAME_LOCALS_1_STACK_ITEM_EXTENDED) {
            throw in.failAt(at, "StackMapTable has reserved frame type " + type);
        }
        int delta = in.u2();
        if (type == StackMapFrame.SAME_LOCALS_1_STACK_ITEM_EXTENDED) {
            return new StackMapFrame(type, delta, null, types(1));
        }
        if (type <= StackMapFrame.SAME_EXTENDED) {
            return new StackMapFrame(type, delta, null, null);
        }
        if (type <= StackMapFrame.APPEND_MAX) {
            return new StackMapFrame(type, delta, types(type - StackMapFrame.SAME_EXTENDED), null);
        }
        int[] locals = types(in.count("full_frame locals", 1));
        int[] stack = types(in.count("full_frame stack items", 1));
        return new StackMapFrame(type, delta, locals, stack);
    }

    private int[] types(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = type();
        }
        return out;
    }

    private int type() {
        int at = in.position();
        int tag = in.u1();
        if (tag == StackMapFrame.OBJECT) {
            int index = in.u2();
            if (pool.tag(index) != ConstantTag.CLASS) {
                throw in.failAt(at, "StackMapTable Object type names pool index " + index
                        + ", not a Class entry");
            }
            return tag | (index << 8);
        }
        if (tag == StackMapFrame.UNINITIALIZED) {
            int offset = in.u2();
            if (offset >= codeLength) {
                throw in.failAt(at, "StackMapTable Uninitialized offset " + offset
                        + " is outside the code (length " + codeLength + ")");
            }
            return tag | (offset << 8);
        }
        if (tag > StackMapFrame.UNINITIALIZED) {
            throw in.failAt(at, "StackMapTable has unknown verification type tag " + tag);
        }
        return tag;
    }
}
