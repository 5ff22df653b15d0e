package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.MethodInfo;

/** Indexes a class's own methods and makes the entries of its virtual ones. */
final class DeclaredMethods {
    private DeclaredMethods() {
    }

    static void declare(LinkedClass c) {
        MethodInfo[] methods = c.classFile.methods();
        c.methodTable = new MemberTable(methods.length);
        c.methodEntries = new VirtualMethod[methods.length];
        c.methodSlots = new int[methods.length];
        ItemList<VirtualMethod> itableOrder = new ItemList<>();
        for (int i = 0; i < methods.length; i++) {
            MethodInfo m = methods[i];
            c.methodTable.put(m.name(), m.descriptor(), i);
            c.methodSlots[i] = -1;
            if (isVirtual(m)) {
                c.methodEntries[i] = new VirtualMethod(c, m);
                itableOrder.add(c.methodEntries[i]);
            }
        }
        if (c.isInterface) {
            c.interfaceMethods = itableOrder.copyInto(new VirtualMethod[itableOrder.size()]);
            c.interfaceMethodTable = new MemberTable(c.interfaceMethods.length);
            for (int i = 0; i < c.interfaceMethods.length; i++) {
                c.interfaceMethodTable.put(c.interfaceMethods[i].name(), c.interfaceMethods[i].descriptor(), i);
            }
        }
    }

    /** Neither static nor private nor an initializer: a method that dispatch may select. */
    static boolean isVirtual(MethodInfo m) {
        return (m.access() & (AccessFlags.STATIC | AccessFlags.PRIVATE)) == 0
            && !m.name().equals("<init>") && !m.name().equals("<clinit>");
    }

    /**
     * The class in {@code from}'s superclass chain (from itself up) that first declares (name,
     * descriptor), with any flags; null if none.
     */
    static LinkedClass firstDeclaring(LinkedClass from, String name, String descriptor) {
        for (LinkedClass k = from; k != null; k = k.superclass) {
            if (k.methodTable.get(name, descriptor) >= 0) {
                return k;
            }
        }
        return null;
    }

    /** The method (name, descriptor) that class {@code k} declares; null if none. */
    static MethodInfo declared(LinkedClass k, String name, String descriptor) {
        int i = k.methodTable.get(name, descriptor);
        return i < 0 ? null : k.classFile.methods()[i];
    }

    /** The entry of the virtual method (name, descriptor) that {@code k} declares; null if none. */
    static VirtualMethod declaredVirtual(LinkedClass k, String name, String descriptor) {
        int i = k.methodTable.get(name, descriptor);
        return i < 0 ? null : k.methodEntries[i];
    }

    /** Whether some class from {@code c} up declares a virtual (name, descriptor). */
    static boolean chainDeclaresVirtual(LinkedClass c, String name, String descriptor) {
        for (LinkedClass k = c; k != null; k = k.superclass) {
            if (declaredVirtual(k, name, descriptor) != null) {
                return true;
            }
        }
        return false;
    }
}
