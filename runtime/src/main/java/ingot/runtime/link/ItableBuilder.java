package ingot.runtime.link;

/**
 * Builds a class's itables: for each interface it implements (in {@code allInterfaces} order), one
 * entry per method of the interface's itable order, selected per JVMS §5.4.6.
 */
final class ItableBuilder {
    private ItableBuilder() {
    }

    static void build(LinkedClass c) {
        if (c.isInterface) {
            return;
        }
        LinkedClass[] all = c.allInterfaces;
        c.itables = new VirtualMethod[all.length][];
        for (int i = 0; i < all.length; i++) {
            VirtualMethod[] methods = all[i].interfaceMethods;
            VirtualMethod[] row = new VirtualMethod[methods.length];
            for (int k = 0; k < methods.length; k++) {
                row[k] = InterfaceSelection.forInterfaceCall(c, methods[k].name(), methods[k].descriptor());
            }
            c.itables[i] = row;
        }
    }
}
