package ingot.runtime.classfile;

/**
 * Builds {@link AnnotationInfo}s from annotation attribute bodies that {@link AnnotationChecker}
 * has already checked, so it trusts the bytes. It walks nesting with an explicit stack of open
 * containers rather than recursion, like the checker: no nesting depth can overflow the call stack.
 */
final class AnnotationDecoder {
    private final ConstantPool pool;
    private final byte[] bytes;
    private final boolean visible;
    private int pos;
    /** The open containers, innermost last: an AnnotationInfo (named pairs) or an AnnotationValue[] (array elements). */
    private Object[] containers = new Object[4];
    /** The next slot to fill in each open container. */
    private int[] nextSlot = new int[4];
    private int depth;

    private AnnotationDecoder(ConstantPool pool, int at, boolean visible) {
        this.pool = pool;
        this.bytes = pool.classBytes();
        this.pos = at;
        this.visible = visible;
    }

    static AnnotationInfo[] decode(ConstantPool pool, int visibleAt, int invisibleAt) {
        byte[] bytes = pool.classBytes();
        int visibleCount = visibleAt == 0 ? 0 : u2(bytes, visibleAt);
        int invisibleCount = invisibleAt == 0 ? 0 : u2(bytes, invisibleAt);
        AnnotationInfo[] out = new AnnotationInfo[visibleCount + invisibleCount];
        if (visibleCount > 0) {
            new AnnotationDecoder(pool, visibleAt + 2, true).readInto(out, 0, visibleCount);
        }
        if (invisibleCount > 0) {
            new AnnotationDecoder(pool, invisibleAt + 2, false).readInto(out, visibleCount, invisibleCount);
        }
        return out;
    }

    private void readInto(AnnotationInfo[] out, int from, int count) {
        for (int i = 0; i < count; i++) {
            out[from + i] = readAnnotation();
        }
    }

    private AnnotationInfo readAnnotation() {
        AnnotationInfo top = open();
        while (depth > 0) {
            int d = depth - 1;
            Object container = containers[d];
            AnnotationInfo annotation = container instanceof AnnotationInfo ? (AnnotationInfo) container : null;
            AnnotationValue[] values = annotation != null ? annotation.values : (AnnotationValue[]) container;
            int slot = nextSlot[d];
            if (slot == values.length) {
                depth--;
                continue;
            }
            nextSlot[d] = slot + 1;
            if (annotation != null) {
                annotation.names[slot] = pool.utf8(u2());
            }
            values[slot] = readValue();
        }
        return top;
    }

    /** Reads an annotation's type and pair count and opens it for its pairs. */
    private AnnotationInfo open() {
        String type = pool.utf8(u2());
        AnnotationInfo annotation = new AnnotationInfo(type, visible, u2());
        push(annotation);
        return annotation;
    }

    private AnnotationValue readValue() {
        char tag = (char) (bytes[pos++] & 0xFF);
        switch (tag) {
            case 's': {
                int index = u2();
                return AnnotationValue.string(index, pool.utf8(index));
            }
            case 'e': {
                String type = pool.utf8(u2());
                return AnnotationValue.enumConstant(type, pool.utf8(u2()));
            }
            case 'c':
                return AnnotationValue.classLiteral(pool.utf8(u2()));
            case '@':
                return AnnotationValue.nested(open());
            case '[': {
                AnnotationValue[] elements = new AnnotationValue[u2()];
                push(elements);
                return AnnotationValue.array(elements);
            }
            default: // B C D F I J S Z: the checker allowed no other tag
                return AnnotationValue.constant(tag, u2());
        }
    }

    private void push(Object container) {
        if (depth == containers.length) {
            Object[] bigger = new Object[depth * 2];
            int[] slots = new int[depth * 2];
            System.arraycopy(containers, 0, bigger, 0, depth);
            System.arraycopy(nextSlot, 0, slots, 0, depth);
            containers = bigger;
            nextSlot = slots;
        }
        containers[depth] = container;
        nextSlot[depth] = 0;
        depth++;
    }

    private int u2() {
        int value = u2(bytes, pos);
        pos += 2;
        return value;
    }

    private static int u2(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
