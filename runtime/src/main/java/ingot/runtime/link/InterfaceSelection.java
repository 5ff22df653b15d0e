package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;

/** Method selection through a class's superinterfaces (JVMS §5.4.3.3, §5.4.6). */
final class InterfaceSelection {
    private InterfaceSelection() {
    }

    /**
     * What an invokeinterface of (name, descriptor) selects on an instance of class {@code c}: the
     * first instance method of that signature, neither static nor private, in {@code c} and its
     * superclasses (marked illegal-access when not public); otherwise {@link #maximallySpecific}.
     */
    static VirtualMethod forInterfaceCall(LinkedClass c, String name, String descriptor) {
        for (LinkedClass k = c; k != null; k = k.superclass) {
            VirtualMethod declared = DeclaredMethods.declaredVirtual(k, name, descriptor);
            if (declared != null) {
                return (declared.access() & AccessFlags.PUBLIC) != 0 ? declared : VirtualMethod.illegalAccess(declared);
            }
        }
        return maximallySpecific(c, name, descriptor);
    }

    /**
     * The selection among the maximally-specific superinterface methods of {@code c} for (name,
     * descriptor): the only non-abstract one; a conflict mark when there are several; an abstract
     * one when none is non-abstract; null when no superinterface declares the method.
     */
    static VirtualMethod maximallySpecific(LinkedClass c, String name, String descriptor) {
        ItemList<VirtualMethod> found = new ItemList<>();
        for (LinkedClass iface : c.allInterfaces) {
            int i = iface.interfaceMethodTable.get(name, descriptor);
            if (i >= 0) {
                found.add(iface.interfaceMethods[i]);
            }
        }
        VirtualMethod chosen = null;
        VirtualMethod anAbstract = null;
        int nonAbstract = 0;
        for (int i = 0; i < found.size(); i++) {
            VirtualMethod m = found.get(i);
            if (isShadowed(m, found)) {
                continue;
            }
            if (m.isAbstract()) {
                anAbstract = anAbstract == null ? m : anAbstract;
            } else {
                nonAbstract++;
                chosen = m;
            }
        }
        if (nonAbstract > 1) {
            return VirtualMethod.conflict(c, name, descriptor);
        }
        return nonAbstract == 1 ? chosen : anAbstract;
    }

    /** Whether a subinterface of {@code m}'s interface also declares the method. */
    private static boolean isShadowed(VirtualMethod m, ItemList<VirtualMethod> found) {
        for (int i = 0; i < found.size(); i++) {
            LinkedClass other = found.get(i).owner();
            if (other != m.owner() && Supertypes.isSubinterface(other, m.owner())) {
                return true;
            }
        }
        return false;
    }
}
