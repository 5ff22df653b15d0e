package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;

/**
 * When a class's method takes over an inherited vtable slot (JVMS §5.4.5, as HotSpot applies it
 * to vtables): the slot's current method is public or protected, or package-private in the same
 * package, or — for class files of version 51 and later — some superclass further up holds, in the
 * same slot, a method the new one can override (the transitive rule). Entries that came from
 * interfaces count as public.
 */
final class Overriding {
    /** HotSpot applies the transitive rule to class files from this major version on. */
    private static final int TRANSITIVE_VERSION = 51;

    private Overriding() {
    }

    /** Whether a method declared by {@code c} takes over {@code slot}, now holding {@code old}. */
    static boolean overrides(LinkedClass c, VirtualMethod old, int slot) {
        if (canOverride(c, old)) {
            return true;
        }
        return c.classFile.majorVersion() >= TRANSITIVE_VERSION && overridesTransitively(c, old.owner(), slot);
    }

    /** Whether a method of class {@code c} can override {@code old} directly. */
    static boolean canOverride(LinkedClass c, VirtualMethod old) {
        if (old.isFromInterface()) {
            return true;
        }
        int access = old.access();
        if ((access & AccessFlags.PRIVATE) != 0) {
            return false;
        }
        if ((access & (AccessFlags.PUBLIC | AccessFlags.PROTECTED)) != 0) {
            return true;
        }
        return Names.samePackage(old.owner().name, c.name);
    }

    private static boolean overridesTransitively(LinkedClass c, LinkedClass holder, int slot) {
        for (LinkedClass k = holder; k != null && k.superclass != null; k = k.superclass) {
            VirtualMethod[] above = k.superclass.vtable;
            if (slot >= above.length) {
                return false;
            }
            if (canOverride(c, above[slot])) {
                return true;
            }
        }
        return false;
    }

    static boolean isPackagePrivate(VirtualMethod m) {
        return (m.access() & (AccessFlags.PUBLIC | AccessFlags.PROTECTED | AccessFlags.PRIVATE)) == 0;
    }
}
