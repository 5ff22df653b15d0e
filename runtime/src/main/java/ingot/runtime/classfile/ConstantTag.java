package ingot.runtime.classfile;

/** Constant-pool tags (JVMS §4.4, Table 4.4-B) and the first class-file version allowing each. */
public final class ConstantTag {
    public static final int UTF8 = 1;
    public static final int INTEGER = 3;
    public static final int FLOAT = 4;
    public static final int LONG = 5;
    public static final int DOUBLE = 6;
    public static final int CLASS = 7;
    public static final int STRING = 8;
    public static final int FIELDREF = 9;
    public static final int METHODREF = 10;
    public static final int INTERFACE_METHODREF = 11;
    public static final int NAME_AND_TYPE = 12;
    public static final int METHOD_HANDLE = 15;
    public static final int METHOD_TYPE = 16;
    public static final int DYNAMIC = 17;
    public static final int INVOKE_DYNAMIC = 18;
    public static final int MODULE = 19;
    public static final int PACKAGE = 20;

    private ConstantTag() {
    }

    /** The name JVMS gives a tag, for messages and listings; null for an unknown tag. */
    public static String name(int tag) {
        switch (tag) {
            case UTF8: return "Utf8";
            case INTEGER: return "Integer";
            case FLOAT: return "Float";
            case LONG: return "Long";
            case DOUBLE: return "Double";
            case CLASS: return "Class";
            case STRING: return "String";
            case FIELDREF: return "Fieldref";
            case METHODREF: return "Methodref";
            case INTERFACE_METHODREF: return "InterfaceMethodref";
            case NAME_AND_TYPE: return "NameAndType";
            case METHOD_HANDLE: return "MethodHandle";
            case METHOD_TYPE: return "MethodType";
            case DYNAMIC: return "Dynamic";
            case INVOKE_DYNAMIC: return "InvokeDynamic";
            case MODULE: return "Module";
            case PACKAGE: return "Package";
            default: return null;
        }
    }

    /** The first major version whose class files may hold this tag. */
    static int sinceMajor(int tag) {
        switch (tag) {
            case METHOD_HANDLE:
            case METHOD_TYPE:
            case INVOKE_DYNAMIC:
                return 51;
            case DYNAMIC:
                return 55;
            case MODULE:
            case PACKAGE:
                return 53;
            default:
                return 45;
        }
    }

    /** True for the two tags that take two pool slots. */
    static boolean isWide(int tag) {
        return tag == LONG || tag == DOUBLE;
    }
}
