package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.MethodInfo;

/**
 * What a vtable or itable entry selects: a method of a class or interface, or a mark that a call
 * must throw. An entry whose {@link #isAbstract()} is true calls a stub that throws
 * AbstractMethodError; {@link #isConflict()} one that throws IncompatibleClassChangeError (two
 * maximally-specific default methods); {@link #isIllegalAccess()} (itables only) one that throws
 * IllegalAccessError (the selected class method is not public).
 */
public final class VirtualMethod {
    private static final int SELECTED = 0;
    private static final int CONFLICT = 1;
    private static final int ILLEGAL_ACCESS = 2;

    private final LinkedClass owner;
    private final MethodInfo method;
    private final String name;
    private final String descriptor;
    private final int mark;

    private VirtualMethod(LinkedClass owner, MethodInfo method, String name, String descriptor, int mark) {
        this.owner = owner;
        this.method = method;
        this.name = name;
        this.descriptor = descriptor;
        this.mark = mark;
    }

    /** The entry for a method declared by {@code owner}. */
    VirtualMethod(LinkedClass owner, MethodInfo method) {
        this(owner, method, method.name(), method.descriptor(), SELECTED);
    }

    /** The mark for conflicting maximally-specific defaults, found while linking {@code owner}. */
    static VirtualMethod conflict(LinkedClass owner, String name, String descriptor) {
        return new VirtualMethod(owner, null, name, descriptor, CONFLICT);
    }

    /** The mark for an interface call that selects the non-public class method {@code selected}. */
    static VirtualMethod illegalAccess(VirtualMethod selected) {
        return new VirtualMethod(selected.owner, selected.method, selected.name, selected.descriptor, ILLEGAL_ACCESS);
    }

    /**
     * The class or interface that declares the method; for a conflict, the class whose linking
     * found it.
     */
    public LinkedClass owner() {
        return owner;
    }

    /** The method; null for a conflict. */
    public MethodInfo method() {
        return method;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    /** A call through this entry throws AbstractMethodError. */
    public boolean isAbstract() {
        return mark == SELECTED && (method.access() & AccessFlags.ABSTRACT) != 0;
    }

    /** A call through this entry throws IncompatibleClassChangeError. */
    public boolean isConflict() {
        return mark == CONFLICT;
    }

    /** A call through this entry throws IllegalAccessError. */
    public boolean isIllegalAccess() {
        return mark == ILLEGAL_ACCESS;
    }

    /** Whether the entry came from the superinterfaces (a default, an abstract interface method, a conflict). */
    boolean isFromInterface() {
        return mark == CONFLICT || owner.isInterface();
    }

    /** The method's access flags; a conflict counts as public. */
    int access() {
        return method == null ? AccessFlags.PUBLIC : method.access();
    }

    boolean hasSignature(String name, String descriptor) {
        return this.name.equals(name) && this.descriptor.equals(descriptor);
    }

    @Override
    public String toString() {
        String what = owner.name() + "." + name + descriptor;
        if (isConflict()) {
            return what + " (conflict)";
        }
        if (isIllegalAccess()) {
            return what + " (illegal access)";
        }
        return isAbstract() ? what + " (abstract)" : what;
    }
}
