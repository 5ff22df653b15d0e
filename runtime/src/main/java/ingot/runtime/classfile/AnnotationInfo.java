package ingot.runtime.classfile;

/**
 * One annotation of a class, field or method (JVMS §4.7.16): its type's field descriptor, whether
 * it came from RuntimeVisibleAnnotations or RuntimeInvisibleAnnotations, and its element-value
 * pairs in file order. A nested annotation has the visibility of the attribute it sits in.
 */
public final class AnnotationInfo {
    static final AnnotationInfo[] NONE = new AnnotationInfo[0];

    private final String type;
    private final boolean visible;
    final String[] names;
    final AnnotationValue[] values;

    /** The decoder fills {@code names} and {@code values} in after the annotation is made. */
    AnnotationInfo(String type, boolean visible, int elementCount) {
        this.type = type;
        this.visible = visible;
        this.names = new String[elementCount];
        this.values = new AnnotationValue[elementCount];
    }

    /** The annotation interface's field descriptor, e.g. {@code Ljava/lang/Deprecated;}. */
    public String type() {
        return type;
    }

    /** True for RuntimeVisibleAnnotations (retention RUNTIME), false for RuntimeInvisibleAnnotations (CLASS). */
    public boolean isVisible() {
        return visible;
    }

    public int elementCount() {
        return names.length;
    }

    public String elementName(int i) {
        return names[i];
    }

    public AnnotationValue elementValue(int i) {
        return values[i];
    }

    /** The value of the element called {@code name} (the first, should the file name it twice), or null. */
    public AnnotationValue value(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }
}
