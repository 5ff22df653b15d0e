package ingot.runtime.classfile;

/**
 * The attributes the VM reads, with the first class-file major version that defines each
 * (JVMS §4.7, Table 4.7-C). In older class files the name means nothing and the attribute is
 * skipped like any unknown one.
 */
final class AttributeName {
    static final String CODE = "Code";
    static final String CONSTANT_VALUE = "ConstantValue";
    static final String EXCEPTIONS = "Exceptions";
    static final String SOURCE_FILE = "SourceFile";
    static final String LINE_NUMBER_TABLE = "LineNumberTable";
    static final String LOCAL_VARIABLE_TABLE = "LocalVariableTable";
    static final String INNER_CLASSES = "InnerClasses";
    static final String ENCLOSING_METHOD = "EnclosingMethod";
    static final String SIGNATURE = "Signature";
    static final String STACK_MAP_TABLE = "StackMapTable";
    static final String BOOTSTRAP_METHODS = "BootstrapMethods";
    static final String NEST_HOST = "NestHost";
    static final String NEST_MEMBERS = "NestMembers";
    static final String RECORD = "Record";
    static final String PERMITTED_SUBCLASSES = "PermittedSubclasses";
    static final String RUNTIME_VISIBLE_ANNOTATIONS = "RuntimeVisibleAnnotations";
    static final String RUNTIME_INVISIBLE_ANNOTATIONS = "RuntimeInvisibleAnnotations";
    /** JVMS §4.7.8: marks a class or member synthetic; the VM folds it into ACC_SYNTHETIC. */
    static final String SYNTHETIC = "Synthetic";

    private AttributeName() {
    }

    /** True when {@code name} is defined for class files of {@code major}. */
    static boolean definedIn(String name, int major) {
        return major >= sinceMajor(name);
    }

    private static int sinceMajor(String name) {
        switch (name) {
            case ENCLOSING_METHOD:
            case SIGNATURE:
            case RUNTIME_VISIBLE_ANNOTATIONS:
            case RUNTIME_INVISIBLE_ANNOTATIONS:
                return 49;
            case STACK_MAP_TABLE:
                return 50;
            case BOOTSTRAP_METHODS:
                return 51;
            case NEST_HOST:
            case NEST_MEMBERS:
                return 55;
            case RECORD:
                return 60;
            case PERMITTED_SUBCLASSES:
                return 61;
            default:
                return 45;
        }
    }
}
