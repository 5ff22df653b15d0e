package ingot.runtime.classfile;

/** A field as declared in a class file. */
public final class FieldInfo {
    private final int access;
    private final String name;
    private final String descriptor;
    private final int constantValue;
    private final String signature;
    private final AnnotationAttributes annotations;

    FieldInfo(int access, String name, String descriptor, int constantValue, String signature,
              AnnotationAttributes annotations) {
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
        this.constantValue = constantValue;
        this.signature = signature;
        this.annotations = annotations;
    }

    public int access() {
        return access;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    /** The pool index of the ConstantValue attribute's constant, or 0 when there is none. */
    public int constantValue() {
        return constantValue;
    }

    /** The generic Signature attribute, or null. */
    public String signature() {
        return signature;
    }

    /** The RuntimeVisibleAnnotations, then the RuntimeInvisibleAnnotations; decoded on first use, then shared. */
    public AnnotationInfo[] annotations() {
        return AnnotationAttributes.all(annotations);
    }

    /** The first annotation whose type is {@code typeDescriptor} (e.g. {@code Ljava/lang/Deprecated;}), or null. */
    public AnnotationInfo annotation(String typeDescriptor) {
        return AnnotationAttributes.find(annotations, typeDescriptor);
    }
}
