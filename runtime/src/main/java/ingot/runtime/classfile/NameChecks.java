package ingot.runtime.classfile;

/**
 * Name and descriptor checks on Utf8 pool entries, remembered per entry: a descriptor shared by
 * many members and references is checked once per class file.
 */
final class NameChecks {
    private static final int FIELD_DESCRIPTOR = 1;
    private static final int METHOD_DESCRIPTOR = 2;
    private static final int CLASS_NAME = 4;
    private static final int SHAPE_KNOWN = 8;

    private final ConstantPool pool;
    private final byte[] known;
    private final short[] slots;
    private final byte[] shapes;

    NameChecks(ConstantPool pool) {
        this.pool = pool;
        this.known = new byte[pool.size()];
        this.slots = new short[pool.size()];
        this.shapes = new byte[pool.size()];
    }

    boolean isFieldDescriptor(int utf8) {
        return holds(utf8, FIELD_DESCRIPTOR) || remember(utf8, FIELD_DESCRIPTOR, Descriptors.isFieldDescriptor(pool.utf8(utf8)));
    }

    /** Decided by the shape bits alone: non-empty, none of {@code . ; [ /}. */
    boolean isUnqualifiedName(int utf8) {
        return (shape(utf8) & ModifiedUtf8.NOT_IN_UNQUALIFIED_NAME) == 0 && pool.utf8Length(utf8) > 0;
    }

    boolean isMethodName(int utf8) {
        if ((shape(utf8) & ModifiedUtf8.ANGLE) == 0) {
            return isUnqualifiedName(utf8);
        }
        String name = pool.utf8(utf8);
        return name.equals("<init>") || name.equals("<clinit>");
    }

    boolean isClassName(int utf8) {
        return holds(utf8, CLASS_NAME) || remember(utf8, CLASS_NAME, Descriptors.isClassName(pool.utf8(utf8)));
    }

    boolean isMethodDescriptor(int utf8) {
        return parameterSlots(utf8) >= 0;
    }

    /** {@link Descriptors#parameterSlots} of a Utf8 entry, computed once. */
    int parameterSlots(int utf8) {
        if (holds(utf8, METHOD_DESCRIPTOR)) {
            return slots[utf8];
        }
        int n = Descriptors.parameterSlots(pool.utf8(utf8));
        if (n >= 0 && n <= Short.MAX_VALUE) {
            slots[utf8] = (short) n;
            known[utf8] |= METHOD_DESCRIPTOR;
        }
        return n;
    }

    private int shape(int utf8) {
        if (!holds(utf8, SHAPE_KNOWN)) {
            shapes[utf8] = (byte) pool.utf8Shape(utf8);
            known[utf8] |= SHAPE_KNOWN;
        }
        return shapes[utf8];
    }

    private boolean holds(int utf8, int check) {
        return (known[utf8] & check) != 0;
    }

    private boolean remember(int utf8, int check, boolean valid) {
        if (valid) {
            known[utf8] |= (byte) check;
        }
        return valid;
    }
}
