package ingot.runtime.link;

import ingot.runtime.classfile.ClassFile;

/**
 * Links classes on demand: a class's superclass and interfaces first, then its layout, vtable and
 * itables. Linked classes are kept by name, so linking the same name again returns the same
 * {@link LinkedClass}; a class that failed to link is not kept (asking again repeats the error).
 * One linker is one class loader: classes with the same package name are in the same runtime
 * package. Not thread-safe.
 *
 * <p>Errors, as HotSpot reports them: a class the provider lacks, NoClassDefFoundError naming
 * it; a class that is its own supertype, ClassCircularityError; an interface as superclass, a
 * class as superinterface, a final or sealed superclass, a final method overridden,
 * IncompatibleClassChangeError; an inaccessible supertype, IllegalAccessError. Errors of the
 * class-file reader (ClassFormatError) come through from the provider unchanged.
 */
public final class Linker {
    private final ClassProvider provider;
    private final ClassTable linked = new ClassTable();
    private final ItemList<String> linking = new ItemList<>();

    public Linker(ClassProvider provider) {
        if (provider == null) {
            throw new NullPointerException("provider");
        }
        this.provider = provider;
    }

    /** The linked class (or array class, by descriptor) of this internal name. */
    public LinkedClass link(String internalName) {
        LinkedClass known = linked.get(internalName);
        if (known != null) {
            return known;
        }
        checkNotLinking(internalName);
        linking.add(internalName);
        try {
            LinkedClass c = internalName.startsWith("[") ? ArrayClasses.link(this, internalName) : linkClass(internalName);
            linked.put(internalName, c);
            return c;
        } finally {
            linking.removeLast();
        }
    }

    /** The class of this name if it has been linked already; null otherwise. */
    public LinkedClass linked(String internalName) {
        return linked.get(internalName);
    }

    /** How many classes have been linked. */
    public int linkedCount() {
        return linked.size();
    }

    private void checkNotLinking(String name) {
        for (int i = 0; i < linking.size(); i++) {
            if (linking.get(i).equals(name)) {
                throw new ClassCircularityError(Names.external(name));
            }
        }
    }

    private LinkedClass linkClass(String name) {
        ClassFile cf = provider.find(name);
        LinkChecks.checkFound(name, cf);
        LinkedClass sup = null;
        if (cf.superName() != null) {
            sup = link(cf.superName());
            LinkChecks.checkSuperclassIsClass(cf, sup);
        }
        LinkedClass[] interfaces = linkInterfaces(cf);
        if (sup != null) {
            LinkChecks.checkSuperclassAccess(cf, sup);
        }
        LinkChecks.checkInterfaceAccess(cf, interfaces);
        LinkedClass c = new LinkedClass(name, cf, sup, interfaces, cf.isInterface(), false);
        Supertypes.compute(c);
        FieldLayout.layOut(c);
        DeclaredMethods.declare(c);
        LinkChecks.checkFinalOverrides(c);
        VtableBuilder.build(c);
        ItableBuilder.build(c);
        return c;
    }

    private LinkedClass[] linkInterfaces(ClassFile cf) {
        String[] names = cf.interfaces();
        LinkedClass[] interfaces = names.length == 0 ? LinkedClass.NO_CLASSES : new LinkedClass[names.length];
        for (int i = 0; i < names.length; i++) {
            interfaces[i] = link(names[i]);
            LinkChecks.checkIsInterface(cf, interfaces[i]);
        }
        return interfaces;
    }
}
