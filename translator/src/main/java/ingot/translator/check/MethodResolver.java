package ingot.translator.check;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Method resolution over a {@link ClassWorld}, after JVMS §5.4.3.3–4: the referenced class and its
 * superclasses, then (for interface references, after {@code java/lang/Object}) the
 * superinterfaces, where a default method is preferred to an abstract one. A class missing from the
 * world on the way makes the reference unresolvable.
 */
final class MethodResolver {
    private static final String OBJECT = "java/lang/Object";

    private final ClassWorld world;

    MethodResolver(ClassWorld world) {
        this.world = world;
    }

    Resolution resolve(String owner, String name, String descriptor, boolean interfaceReference) {
        String start = owner.startsWith("[") ? OBJECT : owner; // arrays have Object's methods
        ClassFile c = world.find(start);
        if (c == null) {
            return Resolution.failed("class " + start + " is not in the closed world");
        }
        return interfaceReference ? inInterface(c, name, descriptor) : inClass(c, name, descriptor);
    }

    private Resolution inClass(ClassFile c, String name, String descriptor) {
        ClassFile k = c;
        while (true) {
            MethodInfo m = declared(k, name, descriptor);
            if (m != null) {
                return Resolution.found(k, m);
            }
            if (k.superName() == null) {
                return inSuperinterfaces(c, name, descriptor);
            }
            ClassFile next = world.find(k.superName());
            if (next == null) {
                return Resolution.failed("superclass " + k.superName() + " of " + k.name() + " is not in the closed world");
            }
            k = next;
        }
    }

    private Resolution inInterface(ClassFile i, String name, String descriptor) {
        MethodInfo m = declared(i, name, descriptor);
        if (m != null) {
            return Resolution.found(i, m);
        }
        ClassFile object = world.find(OBJECT);
        if (object == null) {
            return Resolution.failed("class " + OBJECT + " is not in the closed world");
        }
        MethodInfo inObject = declared(object, name, descriptor);
        if (inObject != null && (inObject.access() & (AccessFlags.PUBLIC | AccessFlags.STATIC)) == AccessFlags.PUBLIC) {
            return Resolution.found(object, inObject);
        }
        return inSuperinterfaces(i, name, descriptor);
    }

    /** Breadth first through the interfaces of {@code c}, its superclasses and their superinterfaces. */
    private Resolution inSuperinterfaces(ClassFile c, String name, String descriptor) {
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (ClassFile k = c; k != null; k = k.superName() == null ? null : world.find(k.superName())) {
            queue.addAll(List.of(k.interfaces()));
        }
        Set<String> seen = new HashSet<>();
        Resolution abstractOne = null;
        while (!queue.isEmpty()) {
            String interfaceName = queue.poll();
            if (!seen.add(interfaceName)) {
                continue;
            }
            ClassFile i = world.find(interfaceName);
            if (i == null) {
                return Resolution.failed("interface " + interfaceName + " (a supertype of " + c.name() + ") is not in the closed world");
            }
            MethodInfo m = declared(i, name, descriptor);
            if (m != null && (m.access() & (AccessFlags.PRIVATE | AccessFlags.STATIC)) == 0) {
                if ((m.access() & AccessFlags.ABSTRACT) == 0) {
                    return Resolution.found(i, m);
                }
                if (abstractOne == null) {
                    abstractOne = Resolution.found(i, m);
                }
            }
            queue.addAll(List.of(i.interfaces()));
        }
        return abstractOne != null ? abstractOne
                : Resolution.failed("no method " + name + descriptor + " in " + c.name() + " or its supertypes");
    }

    static MethodInfo declared(ClassFile c, String name, String descriptor) {
        for (MethodInfo m : c.methods()) {
            if (m.name().equals(name) && m.descriptor().equals(descriptor)) {
                return m;
            }
        }
        return null;
    }
}
