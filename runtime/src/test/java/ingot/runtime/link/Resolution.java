package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.MethodInfo;

/**
 * The test's own JVMS method resolution (§5.4.3.3, §5.4.3.4) and access check, over linked
 * classes: what a call site resolves to before dispatch. Results are a {@link Resolved} or the
 * simple name of the error resolution throws.
 */
final class Resolution {
    record Resolved(LinkedClass owner, MethodInfo method) {
        boolean is(int flag) {
            return (method.access() & flag) != 0;
        }
    }

    private Resolution() {
    }

    /** Class method resolution (invokevirtual) of (name, descriptor) in class {@code r}. */
    static Object resolveMethod(LinkedClass r, String name, String descriptor) {
        if (r.isInterface()) {
            return "IncompatibleClassChangeError";
        }
        for (LinkedClass k = r; k != null; k = k.superclass()) {
            Resolved m = declared(k, name, descriptor);
            if (m != null) {
                return m;
            }
        }
        return fromSuperinterfaces(r, name, descriptor);
    }

    /** Interface method resolution (invokeinterface) of (name, descriptor) in interface {@code r}. */
    static Object resolveInterfaceMethod(LinkedClass r, String name, String descriptor) {
        if (!r.isInterface()) {
            return "IncompatibleClassChangeError";
        }
        Resolved m = declared(r, name, descriptor);
        if (m != null) {
            return m;
        }
        Resolved inObject = declared(r.superclass(), name, descriptor);
        if (inObject != null && inObject.is(AccessFlags.PUBLIC) && !inObject.is(AccessFlags.STATIC)) {
            return inObject;
        }
        return fromSuperinterfaces(r, name, descriptor);
    }

    /** Whether a class in package {@code callerPackage} (not a subclass, not a nestmate) may call {@code m}. */
    static boolean accessible(Resolved m, String callerClass) {
        if (m.is(AccessFlags.PUBLIC)) {
            return true;
        }
        if (m.is(AccessFlags.PRIVATE)) {
            return m.owner().name().equals(callerClass);
        }
        return Names.samePackage(m.owner().name(), callerClass);
    }

    /** Step 3 of both: a unique maximally-specific non-abstract method, else any non-private non-static one. */
    private static Object fromSuperinterfaces(LinkedClass c, String name, String descriptor) {
        Resolved any = null;
        Resolved onlyConcrete = null;
        int concrete = 0;
        for (LinkedClass i : c.allInterfaces()) {
            Resolved m = declared(i, name, descriptor);
            if (m == null || m.is(AccessFlags.PRIVATE) || m.is(AccessFlags.STATIC)) {
                continue;
            }
            any = any == null ? m : any;
            if (!m.is(AccessFlags.ABSTRACT) && isMaximallySpecific(c, m)) {
                concrete++;
                onlyConcrete = m;
            }
        }
        if (concrete == 1) {
            return onlyConcrete;
        }
        return any != null ? any : "NoSuchMethodError";
    }

    private static boolean isMaximallySpecific(LinkedClass c, Resolved m) {
        for (LinkedClass i : c.allInterfaces()) {
            if (i != m.owner() && java.util.Arrays.asList(i.allInterfaces()).contains(m.owner())) {
                Resolved other = declared(i, m.method().name(), m.method().descriptor());
                if (other != null && !other.is(AccessFlags.PRIVATE) && !other.is(AccessFlags.STATIC)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Resolved declared(LinkedClass k, String name, String descriptor) {
        if (k.classFile() == null) {
            return null;
        }
        for (MethodInfo m : k.classFile().methods()) {
            if (m.name().equals(name) && m.descriptor().equals(descriptor)) {
                return new Resolved(k, m);
            }
        }
        return null;
    }
}
