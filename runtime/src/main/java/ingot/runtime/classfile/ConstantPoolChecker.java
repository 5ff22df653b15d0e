package ingot.runtime.classfile;

/**
 * Checks the references between constant-pool entries (JVMS §4.4): each points at an entry of the
 * right tag, and the names and descriptors it implies are well formed.
 */
final class ConstantPoolChecker {
    private final ConstantPool pool;
    private final ClassInput in;
    private final int major;
    private final NameChecks checks;

    ConstantPoolChecker(ConstantPool pool, ClassInput in, int major, NameChecks checks) {
        this.pool = pool;
        this.in = in;
        this.major = major;
        this.checks = checks;
    }

    /**
     * Checks in three stages so each entry is checked only after everything it refers to: first
     * the entries that refer to Utf8 entries alone, then those that refer to Class and NameAndType
     * entries, then method handles, which refer to member references.
     */
    void checkAll() {
        for (int stage = 1; stage <= 3; stage++) {
            for (int i = 1; i < pool.size(); i++) {
                if (stageOf(pool.tags[i]) == stage) {
                    checkEntry(i);
                }
            }
        }
    }

    private static int stageOf(int tag) {
        switch (tag) {
            case ConstantTag.FIELDREF:
            case ConstantTag.METHODREF:
            case ConstantTag.INTERFACE_METHODREF:
            case ConstantTag.DYNAMIC:
            case ConstantTag.INVOKE_DYNAMIC:
                return 2;
            case ConstantTag.METHOD_HANDLE:
                return 3;
            default:
                return 1;
        }
    }

    private void checkEntry(int i) {
        switch (pool.tags[i]) {
            case ConstantTag.CLASS:
                checkClass(i);
                break;
            case ConstantTag.STRING:
                expect(i, pool.first[i], ConstantTag.UTF8);
                break;
            case ConstantTag.FIELDREF:
                checkMemberRef(i, false);
                break;
            case ConstantTag.METHODREF:
            case ConstantTag.INTERFACE_METHODREF:
                checkMemberRef(i, true);
                break;
            case ConstantTag.NAME_AND_TYPE:
                expect(i, pool.first[i], ConstantTag.UTF8);
                expect(i, pool.second[i], ConstantTag.UTF8);
                break;
            case ConstantTag.METHOD_HANDLE:
                new MethodHandleChecker(pool, in, major).check(i);
                break;
            case ConstantTag.METHOD_TYPE:
                expect(i, pool.first[i], ConstantTag.UTF8);
                if (!checks.isMethodDescriptor(pool.first[i])) {
                    throw fail(i, "MethodType has an invalid method descriptor \"" + pool.nameOf(i) + "\"");
                }
                break;
            case ConstantTag.DYNAMIC:
                checkDynamic(i, false);
                break;
            case ConstantTag.INVOKE_DYNAMIC:
                checkDynamic(i, true);
                break;
            case ConstantTag.MODULE:
            case ConstantTag.PACKAGE:
                expect(i, pool.first[i], ConstantTag.UTF8);
                break;
            default: // Utf8, Integer, Float, Long, Double and the unusable slots refer to nothing
                break;
        }
    }

    private void checkClass(int i) {
        expect(i, pool.first[i], ConstantTag.UTF8);
        if (!checks.isClassName(pool.first[i])) {
            throw fail(i, "Class entry has an invalid name \"" + pool.className(i) + "\"");
        }
    }

    private void checkMemberRef(int i, boolean method) {
        expect(i, pool.first[i], ConstantTag.CLASS);
        int nameAndType = pool.second[i];
        expect(i, nameAndType, ConstantTag.NAME_AND_TYPE);
        int name = pool.first[nameAndType];
        int descriptor = pool.second[nameAndType];
        if (method) {
            checkMethodRef(i, name, descriptor);
        } else if (!checks.isUnqualifiedName(name) || !checks.isFieldDescriptor(descriptor)) {
            throw fail(i, "Fieldref has an invalid name or descriptor \"" + pool.utf8(name) + "\" "
                    + pool.utf8(descriptor));
        }
    }

    private void checkMethodRef(int i, int nameIndex, int descriptorIndex) {
        String name = pool.utf8(nameIndex);
        String descriptor = pool.utf8(descriptorIndex);
        if (!checks.isMethodDescriptor(descriptorIndex)) {
            throw fail(i, "method reference has an invalid descriptor \"" + descriptor + "\"");
        }
        boolean special = name.length() > 0 && name.charAt(0) == '<';
        if (special ? !(name.equals("<init>") && Descriptors.returnsVoid(descriptor))
                : !checks.isMethodName(nameIndex)) {
            throw fail(i, "method reference has an invalid name \"" + name + "\" " + descriptor);
        }
    }

    private void checkDynamic(int i, boolean invoke) {
        int highest = pool.highestBootstrapUser;
        if (highest == 0 || pool.bootstrapIndex(i) > pool.bootstrapIndex(highest)) {
            pool.highestBootstrapUser = i;
        }
        int nameAndType = pool.second[i];
        expect(i, nameAndType, ConstantTag.NAME_AND_TYPE);
        int name = pool.first[nameAndType];
        int descriptor = pool.second[nameAndType];
        boolean valid = invoke
                ? checks.isMethodName(name) && pool.utf8(name).charAt(0) != '<' && checks.isMethodDescriptor(descriptor)
                : checks.isUnqualifiedName(name) && checks.isFieldDescriptor(descriptor);
        if (!valid) {
            throw fail(i, ConstantTag.name(pool.tags[i]) + " has an invalid name or descriptor \""
                    + pool.utf8(name) + "\" " + pool.utf8(descriptor));
        }
    }

    private void expect(int from, int index, int tag) {
        if (pool.tag(index) != tag) {
            throw fail(from, ConstantTag.name(pool.tags[from]) + " refers to pool index " + index
                    + ", which is " + describe(index) + ", not a " + ConstantTag.name(tag));
        }
    }

    private String describe(int index) {
        if (index <= 0 || index >= pool.size()) {
            return "out of range (pool size " + pool.size() + ")";
        }
        int tag = pool.tags[index];
        return tag == 0 ? "an unusable slot" : "a " + ConstantTag.name(tag);
    }

    private ClassFormatError fail(int index, String what) {
        return in.failAt(pool.offsets[index], "pool index " + index + ": " + what);
    }
}
