package ingot.runtime.classfile;

/**
 * Reads the attributes of the class itself: SourceFile, Signature, InnerClasses, EnclosingMethod,
 * NestHost, NestMembers, Record, PermittedSubclasses, BootstrapMethods and the two annotation
 * attributes. Each may appear once.
 */
final class ClassAttributeReader {
    private final ClassInput in;
    private final PoolLookup lookup;
    private final int major;
    private final ClassFile target;
    private final AttributeHeader header;
    private final AnnotationChecker annotations;
    private int visibleAnnotationsAt;
    private int invisibleAnnotationsAt;

    ClassAttributeReader(ClassInput in, PoolLookup lookup, int major, ClassFile target, AnnotationChecker annotations) {
        this.in = in;
        this.lookup = lookup;
        this.major = major;
        this.target = target;
        this.header = new AttributeHeader(in, lookup, major);
        this.annotations = annotations;
    }

    void readAll() {
        int count = in.count("class attributes", 6);
        for (int i = 0; i < count; i++) {
            String name = header.next();
            if (name != null) {
                readOne(name);
                header.end();
            }
        }
        target.annotations = AnnotationAttributes.of(lookup.pool(), visibleAnnotationsAt, invisibleAnnotationsAt);
    }

    private void readOne(String name) {
        switch (name) {
            case AttributeName.SOURCE_FILE:
                target.sourceFile = once(target.sourceFile, lookup.utf8("SourceFile"));
                break;
            case AttributeName.SIGNATURE:
                target.signature = once(target.signature, lookup.utf8("Signature"));
                break;
            case AttributeName.INNER_CLASSES:
                target.innerClasses = once(target.innerClasses, readInnerClasses());
                break;
            case AttributeName.ENCLOSING_METHOD:
                readEnclosingMethod();
                break;
            case AttributeName.NEST_HOST:
                target.nestHost = once(target.nestHost, lookup.className("NestHost"));
                break;
            case AttributeName.NEST_MEMBERS:
                target.nestMembers = once(target.nestMembers, readClassList("NestMembers"));
                break;
            case AttributeName.PERMITTED_SUBCLASSES:
                target.permittedSubclasses = once(target.permittedSubclasses, readClassList("PermittedSubclasses"));
                break;
            case AttributeName.RECORD:
                target.recordComponents = once(target.recordComponents, readRecord());
                break;
            case AttributeName.BOOTSTRAP_METHODS:
                target.bootstrapMethods = once(target.bootstrapMethods, readBootstrapMethods());
                break;
            case AttributeName.RUNTIME_VISIBLE_ANNOTATIONS:
                visibleAnnotationsAt = annotations.checkOnce(visibleAnnotationsAt, header);
                break;
            case AttributeName.RUNTIME_INVISIBLE_ANNOTATIONS:
                invisibleAnnotationsAt = annotations.checkOnce(invisibleAnnotationsAt, header);
                break;
            case AttributeName.SYNTHETIC:
                target.access |= AccessFlags.SYNTHETIC; // its body is empty: end() checks the length is 0
                break;
            default: // Code, ConstantValue and the other member attributes mean nothing here
                header.skipBody();
                break;
        }
    }

    private <T> T once(T previous, T value) {
        if (previous != null) {
            throw header.duplicate();
        }
        return value;
    }

    private InnerClassEntry[] readInnerClasses() {
        int count = in.count("InnerClasses entries", 8);
        InnerClassEntry[] entries = new InnerClassEntry[count];
        for (int i = 0; i < count; i++) {
            String inner = lookup.className("inner_class_info_index");
            String outer = lookup.optionalClassName("outer_class_info_index");
            String simpleName = lookup.optionalUtf8("inner_name_index");
            entries[i] = new InnerClassEntry(inner, outer, simpleName, in.u2());
        }
        return entries;
    }

    private void readEnclosingMethod() {
        String enclosing = lookup.className("EnclosingMethod class_index");
        target.enclosingClass = once(target.enclosingClass, enclosing);
        int at = in.position();
        int method = in.u2();
        if (method != 0 && lookup.pool().tag(method) != ConstantTag.NAME_AND_TYPE) {
            throw in.failAt(at, "EnclosingMethod method_index " + method + " is not a NameAndType entry");
        }
        target.enclosingMethod = method;
    }

    private String[] readClassList(String what) {
        int count = in.count(what + " entries", 2);
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = lookup.className(what + " entry");
        }
        return names;
    }

    private RecordComponent[] readRecord() {
        int count = in.count("Record components", 6);
        RecordComponent[] components = new RecordComponent[count];
        for (int i = 0; i < count; i++) {
            components[i] = readRecordComponent();
        }
        return components;
    }

    private RecordComponent readRecordComponent() {
        int at = in.position();
        String name = lookup.utf8("record component name_index");
        String descriptor = lookup.utf8("record component descriptor_index");
        if (!Descriptors.isUnqualifiedName(name) || !Descriptors.isFieldDescriptor(descriptor)) {
            throw in.failAt(at, "record component has an invalid name or descriptor \"" + name + "\" " + descriptor);
        }
        String signature = null;
        AttributeHeader componentHeader = new AttributeHeader(in, lookup, major);
        int count = in.count("record component attributes", 6);
        for (int i = 0; i < count; i++) {
            String attribute = componentHeader.next();
            if (attribute == null) {
                continue;
            }
            if (attribute.equals(AttributeName.SIGNATURE)) {
                if (signature != null) {
                    throw componentHeader.duplicate();
                }
                signature = lookup.utf8("Signature");
            } else {
                componentHeader.skipBody();
            }
            componentHeader.end();
        }
        return new RecordComponent(name, descriptor, signature);
    }

    private BootstrapMethod[] readBootstrapMethods() {
        int count = in.count("BootstrapMethods entries", 4);
        BootstrapMethod[] methods = new BootstrapMethod[count];
        for (int i = 0; i < count; i++) {
            int handle = lookup.index("bootstrap_method_ref", ConstantTag.METHOD_HANDLE);
            int argumentCount = in.count("bootstrap arguments", 2);
            int[] arguments = new int[argumentCount];
            for (int a = 0; a < argumentCount; a++) {
                arguments[a] = lookup.loadable("bootstrap argument");
            }
            methods[i] = new BootstrapMethod(handle, arguments);
        }
        return methods;
    }
}
