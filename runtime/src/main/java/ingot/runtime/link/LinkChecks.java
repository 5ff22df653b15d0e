package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/**
 * The checks a JVM makes while loading and linking a class, with HotSpot's error types and
 * message shapes (external names).
 */
final class LinkChecks {
    private LinkChecks() {
    }

    /** The provider found a class file, of the requested name, that is not module-info. */
    static void checkFound(String name, ClassFile cf) {
        if (cf == null) {
            throw new NoClassDefFoundError(name);
        }
        if (!cf.name().equals(name)) {
            throw new NoClassDefFoundError(name + " (wrong name: " + cf.name() + ")");
        }
        if (cf.isModule()) {
            throw new NoClassDefFoundError(name + " is not a class because access_flag ACC_MODULE is set");
        }
    }

    static void checkSuperclassIsClass(ClassFile cf, LinkedClass sup) {
        if (sup.isInterface) {
            throw new IncompatibleClassChangeError("class " + ext(cf.name()) + " has interface " + ext(sup.name)
                + " as super class");
        }
    }

    static void checkIsInterface(ClassFile cf, LinkedClass iface) {
        if (!iface.isInterface) {
            throw new IncompatibleClassChangeError("class " + ext(cf.name()) + " can not implement " + ext(iface.name)
                + ", because it is not an interface");
        }
    }

    /** The superclass is not final, permits this class if sealed, and is accessible. */
    static void checkSuperclassAccess(ClassFile cf, LinkedClass sup) {
        if ((sup.classFile.access() & AccessFlags.FINAL) != 0) {
            throw new IncompatibleClassChangeError("class " + ext(cf.name()) + " cannot inherit from final class "
                + ext(sup.name));
        }
        checkPermitted(cf, sup);
        if (!isAccessible(cf, sup)) {
            throw new IllegalAccessError("class " + ext(cf.name()) + " cannot access its superclass " + ext(sup.name));
        }
    }

    /** Each superinterface permits this class if sealed and is accessible. */
    static void checkInterfaceAccess(ClassFile cf, LinkedClass[] interfaces) {
        for (LinkedClass iface : interfaces) {
            checkPermitted(cf, iface);
            if (!isAccessible(cf, iface)) {
                throw new IllegalAccessError("class " + ext(cf.name()) + " cannot access its superinterface "
                    + ext(iface.name));
            }
        }
    }

    /**
     * No method of {@code c} overrides a final method of a superclass that it can access (HotSpot:
     * from each superclass method found, the search goes on above its class).
     */
    static void checkFinalOverrides(LinkedClass c) {
        for (VirtualMethod m : c.methodEntries) {
            if (m == null) {
                continue;
            }
            LinkedClass holder = DeclaredMethods.firstDeclaring(c.superclass, m.name(), m.descriptor());
            while (holder != null) {
                MethodInfo overridden = DeclaredMethods.declared(holder, m.name(), m.descriptor());
                if (isFinalInstance(overridden.access()) && isAccessible(c, holder, overridden.access())) {
                    throw new IncompatibleClassChangeError("class " + ext(c.name) + " overrides final method "
                        + ext(holder.name) + "." + m.name() + m.descriptor());
                }
                holder = DeclaredMethods.firstDeclaring(holder.superclass, m.name(), m.descriptor());
            }
        }
    }

    private static boolean isFinalInstance(int access) {
        return (access & AccessFlags.FINAL) != 0 && (access & (AccessFlags.STATIC | AccessFlags.PRIVATE)) == 0;
    }

    /** Whether {@code c} may access a member with these flags declared by its superclass {@code holder}. */
    private static boolean isAccessible(LinkedClass c, LinkedClass holder, int access) {
        return (access & (AccessFlags.PUBLIC | AccessFlags.PROTECTED)) != 0 || Names.samePackage(holder.name, c.name);
    }

    private static boolean isAccessible(ClassFile cf, LinkedClass sup) {
        return (sup.classFile.access() & AccessFlags.PUBLIC) != 0 || Names.samePackage(sup.name, cf.name());
    }

    /** A sealed supertype must list the class, and a non-public class must share its package. */
    private static void checkPermitted(ClassFile cf, LinkedClass sup) {
        String[] permitted = sup.classFile.permittedSubclasses();
        if (permitted == null) {
            return;
        }
        boolean listed = false;
        for (String p : permitted) {
            listed |= p.equals(cf.name());
        }
        boolean packageOk = (cf.access() & AccessFlags.PUBLIC) != 0 || Names.samePackage(sup.name, cf.name());
        if (!listed || !packageOk) {
            throw new IncompatibleClassChangeError("class " + ext(cf.name()) + " cannot inherit from sealed class "
                + ext(sup.name));
        }
    }

    private static String ext(String internalName) {
        return Names.external(internalName);
    }
}
