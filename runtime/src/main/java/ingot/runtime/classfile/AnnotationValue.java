package ingot.runtime.classfile;

/**
 * One element_value of an annotation (JVMS §4.7.16.1). {@link #tag()} says which accessors mean
 * something:
 * <ul>
 *   <li>{@code B C D F I J S Z}: {@link #constantIndex()} is the pool index of the Integer (for
 *       B C I S Z), Float, Long or Double constant;</li>
 *   <li>{@code s}: {@link #constantIndex()} is the Utf8 entry, {@link #text()} its string;</li>
 *   <li>{@code e}: {@link #enumType()} is the enum's field descriptor, {@link #text()} the
 *       constant's name;</li>
 *   <li>{@code c}: {@link #text()} is the class literal's return descriptor ({@code V} for void);</li>
 *   <li>{@code @}: {@link #annotation()} is the nested annotation;</li>
 *   <li>{@code [}: {@link #elements()} are the array's values.</li>
 * </ul>
 * The others are 0 or null.
 */
public final class AnnotationValue {
    private final char tag;
    private final int constantIndex;
    private final String text;
    private final String enumType;
    private final AnnotationInfo annotation;
    private final AnnotationValue[] elements;

    private AnnotationValue(char tag, int constantIndex, String text, String enumType, AnnotationInfo annotation,
                            AnnotationValue[] elements) {
        this.tag = tag;
        this.constantIndex = constantIndex;
        this.text = text;
        this.enumType = enumType;
        this.annotation = annotation;
        this.elements = elements;
    }

    static AnnotationValue constant(char tag, int index) {
        return new AnnotationValue(tag, index, null, null, null, null);
    }

    static AnnotationValue string(int index, String value) {
        return new AnnotationValue('s', index, value, null, null, null);
    }

    static AnnotationValue enumConstant(String type, String name) {
        return new AnnotationValue('e', 0, name, type, null, null);
    }

    static AnnotationValue classLiteral(String descriptor) {
        return new AnnotationValue('c', 0, descriptor, null, null, null);
    }

    static AnnotationValue nested(AnnotationInfo annotation) {
        return new AnnotationValue('@', 0, null, null, annotation, null);
    }

    /** An array whose elements the decoder fills in after this value is made. */
    static AnnotationValue array(AnnotationValue[] elements) {
        return new AnnotationValue('[', 0, null, null, null, elements);
    }

    /** One of {@code B C D F I J S Z s e c @ [}. */
    public char tag() {
        return tag;
    }

    /** The constant's pool index for the tags {@code B C D F I J S Z s}, else 0. */
    public int constantIndex() {
        return constantIndex;
    }

    /** The string ({@code s}), the enum constant's name ({@code e}) or the class literal's descriptor ({@code c}). */
    public String text() {
        return text;
    }

    /** The enum type's field descriptor ({@code e}), else null. */
    public String enumType() {
        return enumType;
    }

    /** The nested annotation ({@code @}), else null. */
    public AnnotationInfo annotation() {
        return annotation;
    }

    /** The array's values ({@code [}), else null; shared, not copied. */
    public AnnotationValue[] elements() {
        return elements;
    }
}
