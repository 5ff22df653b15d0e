package ingot.runtime.classfile;

/** Checks a CONSTANT_MethodHandle (JVMS §4.4.8): its kind, and the member it refers to. */
final class MethodHandleChecker {
    static final int GET_FIELD = 1;
    static final int GET_STATIC = 2;
    static final int PUT_FIELD = 3;
    static final int PUT_STATIC = 4;
    static final int INVOKE_VIRTUAL = 5;
    static final int INVOKE_STATIC = 6;
    static final int INVOKE_SPECIAL = 7;
    static final int NEW_INVOKE_SPECIAL = 8;
    static final int INVOKE_INTERFACE = 9;

    private final ConstantPool pool;
    private final ClassInput in;
    private final int major;

    MethodHandleChecker(ConstantPool pool, ClassInput in, int major) {
        this.pool = pool;
        this.in = in;
        this.major = major;
    }

    void check(int i) {
        int kind = pool.methodHandleKind(i);
        int reference = pool.methodHandleReference(i);
        if (kind < GET_FIELD || kind > INVOKE_INTERFACE) {
            throw fail(i, "MethodHandle has an invalid reference kind " + kind);
        }
        int tag = pool.tag(reference);
        if (!tagAllowed(kind, tag)) {
            throw fail(i, "MethodHandle of kind " + kind + " refers to pool index " + reference
                    + ", which is " + (tag == 0 ? "not a usable entry" : "a " + ConstantTag.name(tag)));
        }
        if (kind >= INVOKE_VIRTUAL) {
            checkMethodName(i, kind, pool.nameAndTypeName(pool.nameAndType(reference)));
        }
    }

    private boolean tagAllowed(int kind, int tag) {
        if (kind <= PUT_STATIC) {
            return tag == ConstantTag.FIELDREF;
        }
        if (kind == INVOKE_VIRTUAL || kind == NEW_INVOKE_SPECIAL) {
            return tag == ConstantTag.METHODREF;
        }
        if (kind == INVOKE_INTERFACE) {
            return tag == ConstantTag.INTERFACE_METHODREF;
        }
        // invokeStatic, invokeSpecial: an InterfaceMethodref only from version 52 on
        return tag == ConstantTag.METHODREF || (major >= 52 && tag == ConstantTag.INTERFACE_METHODREF);
    }

    private void checkMethodName(int i, int kind, String name) {
        boolean isInit = name.equals("<init>");
        if (kind == NEW_INVOKE_SPECIAL ? !isInit : (isInit || name.equals("<clinit>"))) {
            throw fail(i, "MethodHandle of kind " + kind + " may not refer to a method named " + name);
        }
    }

    private ClassFormatError fail(int index, String what) {
        return in.failAt(pool.offsetOf(index), "pool index " + index + ": " + what);
    }
}
