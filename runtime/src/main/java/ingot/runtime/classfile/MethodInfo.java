package ingot.runtime.classfile;

/** A method as declared in a class file. */
public final class MethodInfo {
    private final int access;
    private final String name;
    private final String descriptor;
    private final CodeAttribute code;
    private final String[] exceptions;
    private final String signature;
    private final AnnotationAttributes annotations;

    MethodInfo(int access, String name, String descriptor, CodeAttribute code, String[] exceptions,
               String signature, AnnotationAttributes annotations) {
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
        this.code = code;
        this.exceptions = exceptions;
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

    /** The Code attribute, or null for abstract and native methods. */
    public CodeAttribute code() {
        return code;
    }

    /** The classes of the Exceptions attribute (empty when it is absent). */
    public String[] exceptions() {
        return exceptions;
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
