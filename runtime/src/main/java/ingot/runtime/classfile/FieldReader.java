package ingot.runtime.classfile;

/** Reads the fields of a class (JVMS §4.5) with their ConstantValue and Signature attributes. */
final class FieldReader {
    private final ClassInput in;
    private final PoolLookup lookup;
    private final int major;
    private final boolean inInterface;
    private final AnnotationChecker annotations;

    FieldReader(ClassInput in, PoolLookup lookup, int major, boolean inInterface, AnnotationChecker annotations) {
        this.in = in;
        this.lookup = lookup;
        this.major = major;
        this.inInterface = inInterface;
        this.annotations = annotations;
    }

    FieldInfo[] readAll() {
        int count = in.count("fields", 8);
        FieldInfo[] fields = new FieldInfo[count];
        NameSet seen = new NameSet(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            fields[i] = read();
            if (!seen.add(fields[i].name(), fields[i].descriptor())) {
                throw in.failAt(at, "duplicate field " + fields[i].name() + " " + fields[i].descriptor());
            }
        }
        return fields;
    }

    private FieldInfo read() {
        int at = in.position();
        int access = in.u2();
        int nameIndex = lookup.index("field name_index", ConstantTag.UTF8);
        int descriptorIndex = lookup.index("field descriptor_index", ConstantTag.UTF8);
        String name = lookup.pool().utf8(nameIndex);
        String descriptor = lookup.pool().utf8(descriptorIndex);
        if (!lookup.checks().isUnqualifiedName(nameIndex)) {
            throw in.failAt(at, "invalid field name \"" + name + "\"");
        }
        if (!lookup.checks().isFieldDescriptor(descriptorIndex)) {
            throw in.failAt(at, "field " + name + " has an invalid descriptor \"" + descriptor + "\"");
        }
        String problem = FlagRules.fieldProblem(access, inInterface, major);
        if (problem != null) {
            throw in.failAt(at, "field " + name + ": " + problem + " (flags 0x" + Integer.toHexString(access) + ")");
        }
        return readAttributes(access, name, descriptor);
    }

    private FieldInfo readAttributes(int declaredAccess, String name, String descriptor) {
        int access = declaredAccess;
        int constantValue = 0;
        String signature = null;
        int visibleAnnotationsAt = 0;
        int invisibleAnnotationsAt = 0;
        AttributeHeader header = new AttributeHeader(in, lookup, major);
        int count = in.count("field attributes", 6);
        for (int i = 0; i < count; i++) {
            String attribute = header.next();
            if (attribute == null) {
                continue;
            }
            if (attribute.equals(AttributeName.CONSTANT_VALUE)) {
                if (constantValue != 0) {
                    throw header.duplicate();
                }
                constantValue = readConstantValue(access, descriptor);
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
        return new FieldInfo(access, name, descriptor, constantValue, signature,
                AnnotationAttributes.of(lookup.pool(), visibleAnnotationsAt, invisibleAnnotationsAt));
    }

    /** JVMS §4.7.2: the constant's type must suit a static field's descriptor. */
    private int readConstantValue(int access, String descriptor) {
        int at = in.position();
        int index = lookup.loadable("ConstantValue");
        int tag = lookup.pool().tag(index);
        if ((access & AccessFlags.STATIC) != 0 && tag != constantTagFor(descriptor)) {
            throw in.failAt(at, "ConstantValue of type " + ConstantTag.name(tag)
                    + " does not suit a field of type " + descriptor);
        }
        return index;
    }

    private static int constantTagFor(String descriptor) {
        switch (descriptor.charAt(0)) {
            case 'J': return ConstantTag.LONG;
            case 'F': return ConstantTag.FLOAT;
            case 'D': return ConstantTag.DOUBLE;
            case 'I': case 'S': case 'C': case 'B': case 'Z': return ConstantTag.INTEGER;
            default: return descriptor.equals("Ljava/lang/String;") ? ConstantTag.STRING : -1;
        }
    }
}
