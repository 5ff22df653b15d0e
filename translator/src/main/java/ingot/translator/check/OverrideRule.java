package ingot.translator.check;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * A virtual call to a marked method may dispatch to any override of it, so every override of a
 * marked method must be marked too. Reports each unmarked instance method that overrides a marked
 * one of a superclass or superinterface (package-private methods only within their package).
 * Supertypes missing from the world are passed over: calls through them are reported where they
 * fail to resolve.
 */
final class OverrideRule {
    private final ClassWorld world;
    private final Violations out;
    /** Per class: the marked overridable methods it inherits or declares, by name + descriptor. */
    private final Map<String, Map<String, Resolution>> markedByClass = new HashMap<>();

    OverrideRule(ClassWorld world, Violations out) {
        this.world = world;
        this.out = out;
    }

    /** Checks one method that is not marked. */
    void check(ClassFile c, MethodInfo m) {
        if (!isOverridable(m) || m.name().equals("<init>")) {
            return;
        }
        String key = m.name() + m.descriptor();
        for (String supertype : supertypes(c)) {
            Resolution marked = inheritedMarks(supertype).get(key);
            if (marked != null && isOverriddenFrom(marked, c)) {
                out.atDeclaration(c, m, Violations.UNMARKED_OVERRIDE, "overrides " + marked.target()
                        + ", which is @Uninterruptible, so a virtual call may reach this unmarked method");
                return;
            }
        }
    }

    private Map<String, Resolution> inheritedMarks(String className) {
        Map<String, Resolution> known = markedByClass.get(className);
        if (known != null) {
            return known;
        }
        Map<String, Resolution> marks = new HashMap<>();
        markedByClass.put(className, marks); // guards against cycles in a malformed world
        ClassFile c = world.find(className);
        if (c != null) {
            for (String supertype : supertypes(c)) {
                inheritedMarks(supertype).forEach(marks::putIfAbsent);
            }
            for (MethodInfo m : c.methods()) {
                if (isOverridable(m) && Marks.isUninterruptible(c, m)) {
                    marks.put(m.name() + m.descriptor(), Resolution.found(c, m));
                }
            }
        }
        return marks;
    }

    private static String[] supertypes(ClassFile c) {
        String[] interfaces = c.interfaces();
        if (c.superName() == null) {
            return interfaces;
        }
        String[] all = new String[interfaces.length + 1];
        all[0] = c.superName();
        System.arraycopy(interfaces, 0, all, 1, interfaces.length);
        return all;
    }

    private static boolean isOverridable(MethodInfo m) {
        return (m.access() & (AccessFlags.STATIC | AccessFlags.PRIVATE)) == 0 && !m.name().equals("<clinit>");
    }

    /** A package-private method is overridden only from its own package. */
    private static boolean isOverriddenFrom(Resolution marked, ClassFile overrider) {
        boolean packagePrivate = (marked.method.access() & (AccessFlags.PUBLIC | AccessFlags.PROTECTED)) == 0;
        return !packagePrivate || packageOf(marked.owner.name()).equals(packageOf(overrider.name()));
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }
}
