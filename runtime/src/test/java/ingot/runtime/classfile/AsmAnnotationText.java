package ingot.runtime.classfile;

import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes what ASM visits of one annotation as a line in the shape {@link OurView#annotationLine}
 * writes: {@code annotation <owner> <visible|invisible> <type> {name=value, ...}}, with values as
 * {@link OurView#annotationValueText} spells them.
 */
final class AsmAnnotationText extends AnnotationVisitor {
    private final StringBuilder text = new StringBuilder();
    private final boolean named;
    private final Runnable onEnd;
    private int count;

    private AsmAnnotationText(boolean named, Runnable onEnd) {
        super(Opcodes.ASM9);
        this.named = named;
        this.onEnd = onEnd;
    }

    /** A visitor for a top-level annotation that adds its line to {@code out} when the visit ends. */
    static AnnotationVisitor line(List<String> out, String owner, String descriptor, boolean visible) {
        StringBuilder head = new StringBuilder("annotation " + owner + " " + (visible ? "visible" : "invisible")
                + " " + descriptor + " ");
        AsmAnnotationText[] self = new AsmAnnotationText[1];
        self[0] = new AsmAnnotationText(true, () -> out.add(head.append(self[0].text).toString()));
        self[0].text.append('{');
        return self[0];
    }

    @Override
    public void visit(String name, Object value) {
        item(name).append(valueText(value));
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
        item(name).append("e:").append(descriptor).append('.').append(value);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
        StringBuilder into = item(name).append('@').append(descriptor);
        AsmAnnotationText[] nested = new AsmAnnotationText[1];
        nested[0] = new AsmAnnotationText(true, () -> into.append(nested[0].text));
        nested[0].text.append('{');
        return nested[0];
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        StringBuilder into = item(name);
        AsmAnnotationText[] array = new AsmAnnotationText[1];
        array[0] = new AsmAnnotationText(false, () -> into.append(array[0].text));
        array[0].text.append('[');
        return array[0];
    }

    @Override
    public void visitEnd() {
        text.append(named ? '}' : ']');
        onEnd.run();
    }

    private StringBuilder item(String name) {
        if (count++ > 0) {
            text.append(", ");
        }
        if (named) {
            text.append(name).append('=');
        }
        return text;
    }

    /** ASM's boxed constants, Types and primitive arrays, in OurView's spelling. */
    private static String valueText(Object value) {
        if (value instanceof Byte) {
            return "B:" + value;
        } else if (value instanceof Character) {
            return "C:" + (int) (Character) value;
        } else if (value instanceof Short) {
            return "S:" + value;
        } else if (value instanceof Integer) {
            return "I:" + value;
        } else if (value instanceof Boolean) {
            return "Z:" + value;
        } else if (value instanceof Long) {
            return "J:" + value;
        } else if (value instanceof Float) {
            return "F:" + Integer.toHexString(Float.floatToRawIntBits((Float) value));
        } else if (value instanceof Double) {
            return "D:" + Long.toHexString(Double.doubleToRawLongBits((Double) value));
        } else if (value instanceof String) {
            return "s:" + value;
        } else if (value instanceof Type) {
            return "c:" + ((Type) value).getDescriptor();
        }
        return primitiveArrayText(value);
    }

    private static String primitiveArrayText(Object array) {
        StringBuilder b = new StringBuilder("[");
        int n = java.lang.reflect.Array.getLength(array);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? ", " : "").append(valueText(java.lang.reflect.Array.get(array, i)));
        }
        return b.append(']').toString();
    }
}
