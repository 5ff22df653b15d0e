package ingot.runtime.classfile;

/**
 * A parsed, format-checked class file: the VM's metadata for one class before linking. Built by
 * {@link ClassFileReader}; read-only afterwards.
 */
public final class ClassFile {
    private static final String[] NO_NAMES = new String[0];

    int minorVersion;
    int majorVersion;
    ConstantPool pool;
    int access;
    String name;
    String superName;
    String[] interfaces = NO_NAMES;
    FieldInfo[] fields;
    MethodInfo[] methods;
    String sourceFile;
    String signature;
    InnerClassEntry[] innerClasses;
    String enclosingClass;
    int enclosingMethod;
    String nestHost;
    String[] nestMembers;
    RecordComponent[] recordComponents;
    String[] permittedSubclasses;
    BootstrapMethod[] bootstrapMethods;
    AnnotationAttributes annotations;

    ClassFile() {
    }

    public int minorVersion() {
        return minorVersion;
    }

    public int majorVersion() {
        return majorVersion;
    }

    public ConstantPool pool() {
        return pool;
    }

    public int access() {
        return access;
    }

    /** The internal name, e.g. {@code java/util/HashMap$Node}. */
    public String name() {
        return name;
    }

    /** The superclass's internal name, or null for {@code java/lang/Object} and module-info. */
    public String superName() {
        return superName;
    }

    public String[] interfaces() {
        return interfaces;
    }

    public FieldInfo[] fields() {
        return fields;
    }

    public MethodInfo[] methods() {
        return methods;
    }

    /** The SourceFile attribute, or null. */
    public String sourceFile() {
        return sourceFile;
    }

    /** The generic Signature attribute, or null. */
    public String signature() {
        return signature;
    }

    /** The InnerClasses attribute, or null when absent. */
    public InnerClassEntry[] innerClasses() {
        return innerClasses;
    }

    /** The EnclosingMethod attribute's class, or null when absent. */
    public String enclosingClass() {
        return enclosingClass;
    }

    /** The EnclosingMethod attribute's NameAndType pool index, or 0 (absent, or not in a method). */
    public int enclosingMethod() {
        return enclosingMethod;
    }

    /** The NestHost attribute, or null. */
    public String nestHost() {
        return nestHost;
    }

    /** The NestMembers attribute, or null when absent. */
    public String[] nestMembers() {
        return nestMembers;
    }

    /** The Record attribute's components, or null when the class is not a record. */
    public RecordComponent[] recordComponents() {
        return recordComponents;
    }

    /** The PermittedSubclasses attribute, or null when absent. */
    public String[] permittedSubclasses() {
        return permittedSubclasses;
    }

    /** The BootstrapMethods attribute, or null when absent. */
    public BootstrapMethod[] bootstrapMethods() {
        return bootstrapMethods;
    }

    public boolean isInterface() {
        return (access & AccessFlags.INTERFACE) != 0;
    }

    public boolean isModule() {
        return (access & AccessFlags.MODULE) != 0;
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
