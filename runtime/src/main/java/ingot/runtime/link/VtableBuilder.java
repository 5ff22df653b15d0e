package ingot.runtime.link;

/**
 * Builds a class's vtable. The superclass's slots come first, at the same indices. Each of the
 * class's own virtual methods (final and abstract ones included) takes over every inherited slot
 * of its signature that it overrides ({@link Overriding}), and takes a new slot when it overrides
 * none — or when it is package-private, so that its own package's subclasses can override it.
 * Slots that hold a superinterface's method are selected again for this class; then every
 * superinterface method that no class of the chain declares gets a slot of its own.
 */
final class VtableBuilder {
    private VtableBuilder() {
    }

    static void build(LinkedClass c) {
        if (c.isInterface || c.isArray) {
            c.vtable = c.superclass.vtable;
            return;
        }
        VirtualMethod[] inherited = c.superclass == null ? LinkedClass.NO_METHODS : c.superclass.vtable;
        ItemList<VirtualMethod> slots = new ItemList<>(inherited.length + c.methodEntries.length);
        for (VirtualMethod m : inherited) {
            slots.add(m);
        }
        placeDeclared(c, inherited, slots);
        c.interfaceSlots = new MemberTable(8);
        reselectInherited(c, inherited.length, slots);
        addInterfaceSlots(c, slots);
        c.vtable = slots.copyInto(new VirtualMethod[slots.size()]);
    }

    private static void placeDeclared(LinkedClass c, VirtualMethod[] inherited, ItemList<VirtualMethod> slots) {
        for (int k = 0; k < c.methodEntries.length; k++) {
            VirtualMethod m = c.methodEntries[k];
            if (m == null) {
                continue;
            }
            int primary = -1;
            boolean needsOwnSlot = true;
            for (int i = 0; i < inherited.length; i++) {
                if (inherited[i].hasSignature(m.name(), m.descriptor()) && Overriding.overrides(c, inherited[i], i)) {
                    slots.set(i, m);
                    primary = i;
                    needsOwnSlot = needsOwnSlot && Overriding.isPackagePrivate(m);
                }
            }
            if (needsOwnSlot) {
                primary = slots.size();
                slots.add(m);
            }
            c.methodSlots[k] = primary;
        }
    }

    /** Inherited slots still holding a superinterface's method: what this class's interfaces select. */
    private static void reselectInherited(LinkedClass c, int inheritedCount, ItemList<VirtualMethod> slots) {
        for (int i = 0; i < inheritedCount; i++) {
            VirtualMethod m = slots.get(i);
            if (m.isFromInterface()) {
                slots.set(i, InterfaceSelection.maximallySpecific(c, m.name(), m.descriptor()));
                c.interfaceSlots.put(m.name(), m.descriptor(), i);
            }
        }
    }

    private static void addInterfaceSlots(LinkedClass c, ItemList<VirtualMethod> slots) {
        for (LinkedClass iface : c.allInterfaces) {
            for (VirtualMethod m : iface.interfaceMethods) {
                if (c.interfaceSlots.get(m.name(), m.descriptor()) >= 0
                    || DeclaredMethods.chainDeclaresVirtual(c, m.name(), m.descriptor())) {
                    continue;
                }
                c.interfaceSlots.put(m.name(), m.descriptor(), slots.size());
                slots.add(InterfaceSelection.maximallySpecific(c, m.name(), m.descriptor()));
            }
        }
    }
}
