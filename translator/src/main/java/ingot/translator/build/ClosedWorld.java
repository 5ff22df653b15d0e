package ingot.translator.build;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.FieldInfo;
import ingot.runtime.classfile.MethodInfo;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The classes of an image by internal name, with JVMS §5.4.3 resolution of methods and fields. */
public final class ClosedWorld {
    private final Map<String, ClassFile> classes = new LinkedHashMap<>();

    private final Set<String> application = new HashSet<>();

    public void add(ClassFile c) {
        classes.put(c.name(), c);
    }

    /** Adds a class of an application jar (HotSpot's 'app' loader, as against the class library). */
    public void addApplication(ClassFile c) {
        add(c);
        application.add(c.name());
    }

    public boolean isApplication(String name) {
        return application.contains(name);
    }

    public ClassFile find(String name) {
        return classes.get(name);
    }

    public Iterable<ClassFile> classes() {
        return classes.values();
    }

    /** A method found in a class or its superclasses (JVMS §5.4.3.3 step 2), with its declaring class. */
    public Member<MethodInfo> resolveMethod(String owner, String name, String descriptor) {
        for (ClassFile c = find(owner); c != null; c = c.superName() == null ? null : find(c.superName())) {
            for (MethodInfo m : c.methods()) {
                if (m.name().equals(name) && m.descriptor().equals(descriptor)) {
                    return new Member<>(c, m);
                }
            }
        }
        return null;
    }

    /** A field found in a class, its superinterfaces, or its superclasses (JVMS §5.4.3.2). */
    public Member<FieldInfo> resolveField(String owner, String name, String descriptor) {
        ClassFile c = find(owner);
        if (c == null) {
            return null;
        }
        for (FieldInfo f : c.fields()) {
            if (f.name().equals(name) && f.descriptor().equals(descriptor)) {
                return new Member<>(c, f);
            }
        }
        for (String i : c.interfaces()) {
            Member<FieldInfo> found = resolveField(i, name, descriptor);
            if (found != null) {
                return found;
            }
        }
        return c.superName() == null ? null : resolveField(c.superName(), name, descriptor);
    }

    /** A member with the class that declares it. */
    public static final class Member<T> {
        public final ClassFile owner;
        public final T member;

        Member(ClassFile owner, T member) {
            this.owner = owner;
            this.member = member;
        }
    }
}
