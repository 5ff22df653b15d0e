package ingot.runtime.classfile;

/**
 * Reads one class file into a {@link ClassFile}, checking its format as JVMS §4.8 asks.
 * Throws {@link ClassFormatError}, or {@link UnsupportedClassVersionError} for versions outside
 * 45.0 to 61; nothing else escapes.
 */
public final class ClassFileReader {
    public static final int MAGIC = 0xCAFEBABE;
    public static final int MIN_MAJOR = 45;
    public static final int MAX_MAJOR = 61;
    /** The minor version that marks a class file compiled with preview features. */
    public static final int PREVIEW_MINOR = 0xFFFF;

    private final ClassInput in;
    private final ClassFile target = new ClassFile();
    private PoolLookup lookup;

    private ClassFileReader(byte[] bytes) {
        in = new ClassInput(bytes);
    }

    /**
     * Reads and checks a class file. The result keeps {@code bytes} (Utf8 strings and annotations
     * are decoded from them when first asked for): the caller must not change them afterwards.
     */
    public static ClassFile read(byte[] bytes) {
        return new ClassFileReader(bytes).readClass();
    }

    private ClassFile readClass() {
        if (in.s4() != MAGIC) {
            throw in.failAt(0, "bad magic number, not a class file");
        }
        readVersion();
        int major = target.majorVersion;
        ConstantPool pool = new ConstantPoolReader(in, major).read();
        target.pool = pool;
        NameChecks checks = new NameChecks(pool);
        new ConstantPoolChecker(pool, in, major, checks).checkAll();
        lookup = new PoolLookup(in, pool, checks);
        readClassHeader(major);
        boolean isInterface = target.isInterface();
        AnnotationChecker annotations = new AnnotationChecker(in, lookup);
        target.fields = new FieldReader(in, lookup, major, isInterface, annotations).readAll();
        target.methods = new MethodReader(in, lookup, major, isInterface, annotations).readAll();
        if (target.isModule() && (target.fields.length > 0 || target.methods.length > 0)) {
            throw in.fail("module-info may have no fields and no methods");
        }
        new ClassAttributeReader(in, lookup, major, target, annotations).readAll();
        in.expectEnd();
        checkBootstrapReferences(pool);
        return target;
    }

    private void readVersion() {
        int minor = in.u2();
        int major = in.u2();
        target.minorVersion = minor;
        target.majorVersion = major;
        if (major < MIN_MAJOR || major > MAX_MAJOR) {
            throw new UnsupportedClassVersionError(FormatMessage.of(null, 6, "class-file version " + major
                    + "." + minor + " is not supported; this VM reads " + MIN_MAJOR + ".0 to " + MAX_MAJOR + ".0"));
        }
        if (major >= 56 && minor != 0) {
            throw new UnsupportedClassVersionError(FormatMessage.of(null, 4, "class-file version " + major
                    + "." + minor + (minor == PREVIEW_MINOR ? " uses preview features, which this VM does not enable"
                    : " has a minor version other than 0")));
        }
    }

    private void readClassHeader(int major) {
        int flagsAt = in.position();
        int access = in.u2();
        target.access = access;
        target.name = lookup.className("this_class");
        in.nameClass(target.name);
        if (target.isModule()) {
            readModuleHeader(flagsAt, major);
            return;
        }
        checkNoModuleConstants(flagsAt);
        // Before version 50 the JVM takes every interface to be abstract.
        boolean impliedAbstract = (access & AccessFlags.INTERFACE) != 0 && major < 50;
        String problem = FlagRules.classProblem(impliedAbstract ? access | AccessFlags.ABSTRACT : access, major);
        if (problem != null) {
            throw in.failAt(flagsAt, problem + " (flags 0x" + Integer.toHexString(access) + ")");
        }
        readSuper();
        target.interfaces = readInterfaces();
    }

    private void readSuper() {
        int at = in.position();
        String superName = lookup.optionalClassName("super_class");
        if (superName == null && !target.name.equals("java/lang/Object")) {
            throw in.failAt(at, "super_class is 0, which only java/lang/Object may have");
        }
        if (superName != null && superName.charAt(0) == '[') {
            throw in.failAt(at, "super_class is the array type " + superName);
        }
        if (target.isInterface() && !"java/lang/Object".equals(superName)) {
            throw in.failAt(at, "an interface's super_class must be java/lang/Object, not " + superName);
        }
        target.superName = superName;
    }

    private String[] readInterfaces() {
        int count = in.count("interfaces", 2);
        String[] names = new String[count];
        NameSet seen = new NameSet(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            names[i] = lookup.className("interfaces entry");
            if (names[i].charAt(0) == '[') {
                throw in.failAt(at, "the array type " + names[i] + " is not an interface");
            }
            if (!seen.add(names[i], null)) {
                throw in.failAt(at, "duplicate interface " + names[i]);
            }
        }
        return names;
    }

    /** module-info: no superclass, interfaces, fields or methods (JVMS §4.1). */
    private void readModuleHeader(int flagsAt, int major) {
        if (major < 53 || !target.name.equals("module-info") || target.access != AccessFlags.MODULE) {
            throw in.failAt(flagsAt, "ACC_MODULE is set but this is not a well-formed module-info");
        }
        int at = in.position();
        if (in.u2() != 0 || in.u2() != 0) {
            throw in.failAt(at, "module-info may have no super_class and no interfaces");
        }
    }

    private void checkNoModuleConstants(int flagsAt) {
        ConstantPool pool = target.pool;
        for (int i = 1; pool.hasModuleEntries && i < pool.size(); i++) {
            int tag = pool.tag(i);
            if (tag == ConstantTag.MODULE || tag == ConstantTag.PACKAGE) {
                throw in.failAt(pool.offsetOf(i), "pool index " + i + ": a " + ConstantTag.name(tag)
                        + " entry outside module-info");
            }
        }
    }

    /** Every Dynamic and InvokeDynamic entry must name an entry of the BootstrapMethods attribute. */
    private void checkBootstrapReferences(ConstantPool pool) {
        int available = target.bootstrapMethods == null ? 0 : target.bootstrapMethods.length;
        int i = pool.highestBootstrapUser;
        if (i != 0 && pool.bootstrapIndex(i) >= available) {
            throw in.failAt(pool.offsetOf(i), "pool index " + i + ": bootstrap method " + pool.bootstrapIndex(i)
                    + " does not exist (BootstrapMethods has " + available + ")");
        }
    }
}
