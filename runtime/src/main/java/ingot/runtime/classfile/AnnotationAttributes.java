package ingot.runtime.classfile;

/**
 * The RuntimeVisibleAnnotations and RuntimeInvisibleAnnotations attributes of one class, field or
 * method: where their checked bodies sit in the class bytes, decoded into {@link AnnotationInfo}s on
 * first use (visible ones first, each attribute in file order). Declarations without either
 * attribute have none of these (null), so unannotated code costs nothing.
 */
final class AnnotationAttributes {
    private final ConstantPool pool;
    private final int visibleAt;
    private final int invisibleAt;
    private AnnotationInfo[] decoded;

    private AnnotationAttributes(ConstantPool pool, int visibleAt, int invisibleAt) {
        this.pool = pool;
        this.visibleAt = visibleAt;
        this.invisibleAt = invisibleAt;
    }

    /** The offsets are those of the attribute bodies (their num_annotations), 0 when absent; null when both are. */
    static AnnotationAttributes of(ConstantPool pool, int visibleAt, int invisibleAt) {
        return visibleAt == 0 && invisibleAt == 0 ? null : new AnnotationAttributes(pool, visibleAt, invisibleAt);
    }

    /** Every annotation of a declaration whose attributes are {@code attributes} (which may be null). */
    static AnnotationInfo[] all(AnnotationAttributes attributes) {
        if (attributes == null) {
            return AnnotationInfo.NONE;
        }
        if (attributes.decoded == null) {
            attributes.decoded = AnnotationDecoder.decode(attributes.pool, attributes.visibleAt, attributes.invisibleAt);
        }
        return attributes.decoded;
    }

    /** The first annotation of type {@code typeDescriptor}, or null. */
    static AnnotationInfo find(AnnotationAttributes attributes, String typeDescriptor) {
        AnnotationInfo[] annotations = all(attributes);
        for (AnnotationInfo a : annotations) {
            if (a.type().equals(typeDescriptor)) {
                return a;
            }
        }
        return null;
    }
}
