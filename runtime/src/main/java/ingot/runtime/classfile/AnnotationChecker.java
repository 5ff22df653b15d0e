package ingot.runtime.classfile;

/**
 * Checks the body of a RuntimeVisibleAnnotations or RuntimeInvisibleAnnotations attribute
 * (JVMS §4.7.16–17) as the reader meets it, building nothing: {@link AnnotationDecoder} makes the
 * objects later, on demand, from the same bytes.
 *
 * <p>Checked: every element_value tag is one of {@code B C D F I J S Z s e c @ [}; constant indices
 * name Integer (B C I S Z), Float, Long, Double or Utf8 (s) entries; element names and enum
 * constant names are Utf8 entries; annotation and enum types are field descriptors; class literals
 * are return descriptors. Nesting ({@code @} and {@code [}) is walked with an explicit stack of
 * open containers, so a forged file cannot overflow the call stack; each level consumes input, so
 * the stack is bounded by the attribute's length.
 */
final class AnnotationChecker {
    /** type_index and num_element_value_pairs. */
    private static final int MIN_ANNOTATION_BYTES = 4;
    /** element_name_index and the smallest element_value (a tag and a u2). */
    private static final int MIN_PAIR_BYTES = 5;
    private static final int MIN_VALUE_BYTES = 3;

    private final ClassInput in;
    private final PoolLookup lookup;
    /**
     * The open containers, innermost last: twice the number of values still to read, plus 1 when
     * they are named pairs (an annotation's) rather than an array's elements.
     */
    private int[] containers = new int[8];
    private int depth;

    AnnotationChecker(ClassInput in, PoolLookup lookup) {
        this.in = in;
        this.lookup = lookup;
    }

    /**
     * Checks the body of an annotations attribute the header has just opened, which must be the
     * first of its name on this declaration ({@code previousAt} 0); returns the body's offset.
     */
    int checkOnce(int previousAt, AttributeHeader header) {
        if (previousAt != 0) {
            throw header.duplicate();
        }
        int start = in.position();
        int count = in.count("annotations", MIN_ANNOTATION_BYTES);
        for (int i = 0; i < count; i++) {
            checkAnnotation();
        }
        return start;
    }

    private void checkAnnotation() {
        depth = 0;
        open();
        while (depth > 0) {
            int d = depth - 1;
            if (containers[d] < 2) {
                depth--;
                continue;
            }
            containers[d] -= 2;
            if ((containers[d] & 1) != 0) {
                lookup.index("element_name_index", ConstantTag.UTF8);
            }
            checkValue();
        }
    }

    /** Checks an annotation's type and opens it for its element-value pairs. */
    private void open() {
        int at = in.position();
        int type = lookup.index("annotation type_index", ConstantTag.UTF8);
        if (!lookup.checks().isFieldDescriptor(type)) {
            throw in.failAt(at, "annotation type \"" + lookup.pool().utf8(type) + "\" is not a field descriptor");
        }
        push(in.count("element_value_pairs", MIN_PAIR_BYTES), true);
    }

    private void checkValue() {
        int at = in.position();
        int tag = in.u1();
        switch (tag) {
            case 'B': case 'C': case 'I': case 'S': case 'Z':
                lookup.index("const_value_index", ConstantTag.INTEGER);
                break;
            case 'D':
                lookup.index("const_value_index", ConstantTag.DOUBLE);
                break;
            case 'F':
                lookup.index("const_value_index", ConstantTag.FLOAT);
                break;
            case 'J':
                lookup.index("const_value_index", ConstantTag.LONG);
                break;
            case 's':
                lookup.index("const_value_index", ConstantTag.UTF8);
                break;
            case 'e':
                checkEnum();
                break;
            case 'c':
                checkClassLiteral();
                break;
            case '@':
                open();
                break;
            case '[':
                push(in.count("array values", MIN_VALUE_BYTES), false);
                break;
            default:
                throw in.failAt(at, "unknown element_value tag 0x" + Integer.toHexString(tag));
        }
    }

    private void checkEnum() {
        int at = in.position();
        int type = lookup.index("enum type_name_index", ConstantTag.UTF8);
        if (!lookup.checks().isFieldDescriptor(type)) {
            throw in.failAt(at, "enum type \"" + lookup.pool().utf8(type) + "\" is not a field descriptor");
        }
        lookup.index("enum const_name_index", ConstantTag.UTF8);
    }

    private void checkClassLiteral() {
        int at = in.position();
        int index = lookup.index("class_info_index", ConstantTag.UTF8);
        if (!lookup.checks().isFieldDescriptor(index) && !lookup.pool().utf8(index).equals("V")) {
            throw in.failAt(at, "class literal \"" + lookup.pool().utf8(index) + "\" is not a return descriptor");
        }
    }

    private void push(int count, boolean pairs) {
        if (depth == containers.length) {
            int[] bigger = new int[depth * 2];
            System.arraycopy(containers, 0, bigger, 0, depth);
            containers = bigger;
        }
        containers[depth++] = count * 2 + (pairs ? 1 : 0);
    }
}
