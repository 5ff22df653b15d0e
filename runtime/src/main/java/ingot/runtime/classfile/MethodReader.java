package ingot.runtime.classfile;

/** Reads the methods of a class (JVMS §4.6) with their Code, Exceptions and Signature attributes. */
final class MethodReader {
    private static final String[] NO_EXCEPTIONS = new String[0];

    private final ClassInput in;
    private final PoolLookup lookup;
    private final int major;
    private final boolean inInterface;
    private final AnnotationChecker annotations;

    MethodReader(ClassInput in, PoolLookup lookup, int major, boolean inInterface, AnnotationChecker annotations) {
        this.in = in;
        this.lookup = lookup;
        this.major = major;
        this.inInterface = inInterface;
        this.annotations = annotations;
    }

    MethodInfo[] readAll() {
        int count = in.count("methods", 8);
        MethodInfo[] methods = new MethodInfo[count];
        NameSet seen = new NameSet(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            methods[i] = read();
            if (!seen.add(methods[i].name(), methods[i].descriptor())) {
                throw in.failAt(at, "duplicate method " + methods[i].name() + methods[i].descriptor());
            }
        }
        return methods;
    }

    private MethodInfo read() {
        int at = in.position();
        int access = in.u2();
        int nameIndex = lookup.index("method name_index", ConstantTag.UTF8);
        int descriptorIndex = lookup.index("method descriptor_index", ConstantTag.UTF8);
        String name = lookup.pool().utf8(nameIndex);
        String descriptor = lookup.pool().utf8(descriptorIndex);
        checkSignature(at, access, nameIndex, descriptorIndex);
        boolean initializer = name.equals("<clinit>");
        String problem = initializer ? null : FlagRules.methodProblem(access, name, inInterface, major);
        if (problem != null) {
            throw in.failAt(at, "method " + name + descriptor + ": " + problem
                    + " (flags 0x" + Integer.toHexString(access) + ")");
        }
        boolean isStatic = initializer || (access & AccessFlags.STATIC) != 0;
        int slots = lookup.checks().parameterSlots(descriptorIndex) + (isStatic ? 0 : 1);
        if (slots > Descriptors.MAX_PARAMETER_SLOTS) {
            throw in.failAt(at, "method " + name + descriptor + " has more than 255 parameter slots");
        }
        return readAttributes(at, access, name, descriptor, slots);
    }

    /** Checks the name and descriptor, and that {@code <clinit>} is static where that is required. */
    private void checkSignature(int at, int access, int nameIndex, int descriptorIndex) {
        String name = lookup.pool().utf8(nameIndex);
        String descriptor = lookup.pool().utf8(descriptorIndex);
        if (!lookup.checks().isMethodName(nameIndex)) {
            throw in.failAt(at, "invalid method name \"" + name + "\"");
        }
        if (!lookup.checks().isMethodDescriptor(descriptorIndex)) {
            throw in.failAt(at, "method " + name + " has an invalid descriptor \"" + descriptor + "\"");
        }
        if (name.equals("<init>") && !Descriptors.returnsVoid(descriptor)) {
            throw in.failAt(at, "<init> must return void, not " + descriptor);
        }
        if (!name.equals("<clinit>")) {
            return;
        }
        if (!descriptor.equals("()V")) {
            throw in.failAt(at, "<clinit> must have descriptor ()V, not " + descriptor);
        }
        // Before version 51 the flags of <clinit> are ignored and it is static regardless.
        if (major >= 51 && (access & AccessFlags.STATIC) == 0) {
            throw in.failAt(at, "<clinit> is not static");
        }
    }

    private MethodInfo readAttributes(int at, int declaredAccess, String name, String descriptor, int slots) {
        int access = declaredAccess;
        CodeAttribute code = null;
        String[] exceptions = null;
        String signature = null;
        int visibleAnnotationsAt = 0;
        int invisibleAnnotationsAt = 0;
        AttributeHeader header = new AttributeHeader(in, lookup, major);
        int count = in.count("method attributes", 6);
        for (int i = 0; i < count; i++) {
            String attribute = header.next();
            if (attribute == null) {
                continue;
            }
            if (attribute.equals(AttributeName.CODE)) {
                if (code != null) {
                    throw header.duplicate();
                }
                code = new CodeReader(in, lookup, major).read(slots);
            } else if (attribute.equals(AttributeName.EXCEPTIONS)) {
                if (exceptions != null) {
                    throw header.duplicate();
                }
                exceptions = readExceptions();
            } else if (attribute.equals(AttributeName.SIGNATURE)) {
                if (signature != null) {
                    throw header.duplicate();
                }
                signature = lookup.utf8("Signature");
            } else if (attribute.equals(AttributeName.RUNTIME_VISIBLE_ANNOTATIONS)) {
                visibleAnnotationsAt = annotations.checkOnce(visibleAnnotationsAt, header);
            } else if (attribute.equals(AttributeName.RUNTIME_INVISIBLE_ANNOTATIONS)) {
                invisibleAnnotationsAt = annotations.checkOnce(invisibleAnnotationsAt, header);
            } else if (attribute.equals(AttributeName.SYNTHETIC)) {
                access |= AccessFlags.SYNTHETIC; // its body is empty: end() checks the length is 0
            } else {
                header.skipBody();
            }
            header.end();
        }
        checkCodePresence(at, access, name, descriptor, code != null);
        return new MethodInfo(access, name, descriptor, code, exceptions == null ? NO_EXCEPTIONS : exceptions,
                signature, AnnotationAttributes.of(lookup.pool(), visibleAnnotationsAt, invisibleAnnotationsAt));
    }

    private void checkCodePresence(int at, int access, String name, String descriptor, boolean hasCode) {
        boolean needsNone = (access & (AccessFlags.ABSTRACT | AccessFlags.NATIVE)) != 0;
        if (needsNone && hasCode) {
            throw in.failAt(at, "method " + name + descriptor + " is abstract or native but has a Code attribute");
        }
        if (!needsNone && !hasCode) {
            throw in.failAt(at, "method " + name + descriptor + " has no Code attribute");
        }
    }

    private String[] readExceptions() {
        int count = in.count("Exceptions entries", 2);
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = lookup.className("Exceptions entry");
        }
        return names;
    }
}
