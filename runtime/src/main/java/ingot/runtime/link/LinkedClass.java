package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;

/**
 * A class, interface or array class after linking: its place in the hierarchy, the layout of its
 * instances and of its statics block, its vtable and itables. Made by {@link Linker}; read-only
 * afterwards. Arrays returned by the accessors are the class's own: callers must not change them.
 */
public final class LinkedClass {
    static final long[] NO_BITS = new long[0];
    static final FieldSlot[] NO_FIELDS = new FieldSlot[0];
    static final VirtualMethod[] NO_METHODS = new VirtualMethod[0];
    static final LinkedClass[] NO_CLASSES = new LinkedClass[0];

    final String name;
    final ClassFile classFile;
    final LinkedClass superclass;
    final LinkedClass[] interfaces;
    final boolean isInterface;
    final boolean isArray;

    // Arrays: the component.
    LinkedClass elementClass;
    char elementType;

    // Layout (FieldLayout).
    int instanceSize = ObjectLayout.HEADER_SIZE;
    FieldSlot[] instanceFields = NO_FIELDS;
    MemberTable instanceFieldTable = MemberTable.EMPTY;
    long[] referenceMap = NO_BITS;
    int staticsSize;
    FieldSlot[] staticFields = NO_FIELDS;
    MemberTable staticFieldTable = MemberTable.EMPTY;
    long[] staticReferenceMap = NO_BITS;

    // Declared methods (DeclaredMethods): by index in classFile.methods().
    MemberTable methodTable = MemberTable.EMPTY;
    /** The method's entry when it is virtual (not static, private, or an initializer), else null. */
    VirtualMethod[] methodEntries = NO_METHODS;
    /** The method's vtable slot (for invokevirtual), or -1. */
    int[] methodSlots = new int[0];
    /** Interfaces: the itable order, the declared non-static non-private methods in file order. */
    VirtualMethod[] interfaceMethods = NO_METHODS;
    MemberTable interfaceMethodTable = MemberTable.EMPTY;

    // Dispatch (VtableBuilder, ItableBuilder).
    VirtualMethod[] vtable = NO_METHODS;
    /** Slots whose entry came from the superinterfaces, by signature. */
    MemberTable interfaceSlots = MemberTable.EMPTY;
    VirtualMethod[][] itables;

    // Subtyping (Supertypes).
    LinkedClass[] allInterfaces = NO_CLASSES;
    int depth;
    LinkedClass[] display;

    LinkedClass(String name, ClassFile classFile, LinkedClass superclass, LinkedClass[] interfaces,
                boolean isInterface, boolean isArray) {
        this.name = name;
        this.classFile = classFile;
        this.superclass = superclass;
        this.interfaces = interfaces;
        this.isInterface = isInterface;
        this.isArray = isArray;
    }

    /** The internal name; for arrays the descriptor, e.g. {@code [Ljava/lang/String;}. */
    public String name() {
        return name;
    }

    /** The class file; null for arrays. */
    public ClassFile classFile() {
        return classFile;
    }

    /** The superclass: null for java/lang/Object only; java/lang/Object for interfaces and arrays. */
    public LinkedClass superclass() {
        return superclass;
    }

    /** The direct superinterfaces, in class-file order (arrays: Cloneable, Serializable). */
    public LinkedClass[] interfaces() {
        return interfaces;
    }

    public boolean isInterface() {
        return isInterface;
    }

    public boolean isArray() {
        return isArray;
    }

    /** Arrays: the component class; null for a primitive component and for non-arrays. */
    public LinkedClass elementClass() {
        return elementClass;
    }

    /** Arrays: the component's descriptor character ({@code L}, {@code [} or a primitive); 0 otherwise. */
    public char elementType() {
        return elementType;
    }

    /** Arrays: the size in bytes of one element; 0 otherwise. */
    public int elementSize() {
        return isArray ? ObjectLayout.sizeOf(elementType) : 0;
    }

    // ---- Instance layout ----

    /**
     * The size in bytes of an instance (a multiple of 8; for interfaces that of Object; for arrays
     * the 24-byte header, see {@link ObjectLayout#arraySize}).
     */
    public int instanceSize() {
        return instanceSize;
    }

    /** The instance field with this name and descriptor, declared here or inherited; null if none. */
    public FieldSlot instanceField(String name, String descriptor) {
        int i = instanceFieldTable.get(name, descriptor);
        return i < 0 ? null : instanceFields[i];
    }

    /** Every instance field, the superclass's first (at the same offsets), then this class's own. */
    public FieldSlot[] instanceFields() {
        return instanceFields;
    }

    /**
     * Which 8-byte words of an instance hold references: bit {@code w & 63} of element
     * {@code w >> 6} is set when the word at offset {@code 8 * w} is a reference field (inherited
     * ones included; the header's class word is not in the map). Length
     * {@code ceil(instanceSize / 8 / 64)}; empty for arrays.
     */
    public long[] referenceMap() {
        return referenceMap;
    }

    // ---- Statics ----

    /** The size in bytes of the statics block (a multiple of 8, possibly 0). */
    public int staticsSize() {
        return staticsSize;
    }

    /** The static field with this name and descriptor declared by this class; null if none. */
    public FieldSlot staticField(String name, String descriptor) {
        int i = staticFieldTable.get(name, descriptor);
        return i < 0 ? null : staticFields[i];
    }

    /** This class's static fields, in statics-block order. */
    public FieldSlot[] staticFields() {
        return staticFields;
    }

    /** The reference map of the statics block, in the form of {@link #referenceMap()}. */
    public long[] staticReferenceMap() {
        return staticReferenceMap;
    }

    // ---- Dispatch ----

    /** The vtable: interfaces and arrays share java/lang/Object's. */
    public VirtualMethod[] vtable() {
        return vtable;
    }

    /**
     * The vtable slot an {@code invokevirtual} of (name, descriptor) on this class dispatches
     * through: that of the method method resolution (JVMS §5.4.3.3) finds, looking in this class,
     * then its superclasses, then — when no class declares it — the slot this class gives the
     * superinterfaces' method. -1 when resolution finds a static or private method or nothing.
     * For an interface, the slot of the public java/lang/Object method, or -1 (JVMS §5.4.3.4).
     */
    public int vtableIndex(String name, String descriptor) {
        if (isInterface) {
            int slot = superclass.vtableIndex(name, descriptor);
            return slot >= 0 && (superclass.vtable[slot].access() & AccessFlags.PUBLIC) != 0 ? slot : -1;
        }
        for (LinkedClass k = this; k != null; k = k.superclass) {
            int method = k.methodTable.get(name, descriptor);
            if (method >= 0) {
                return k.methodSlots[method];
            }
        }
        return interfaceSlots.get(name, descriptor);
    }

    /**
     * Every interface this class implements (or, for an interface, extends), directly or
     * through its superclasses and superinterfaces, each once: the superclass's first.
     */
    public LinkedClass[] allInterfaces() {
        return allInterfaces;
    }

    /**
     * The index of (name, descriptor) in the itable of {@code iface}: its position among the
     * non-static, non-private methods {@code iface} itself declares, in class-file order. The same
     * for every class; -1 when {@code iface} declares no such method.
     */
    public int itableIndex(LinkedClass iface, String name, String descriptor) {
        return iface.interfaceMethodTable.get(name, descriptor);
    }

    /**
     * What an {@code invokeinterface} of the method at {@code index} of {@code iface} selects on an
     * instance of this class (JVMS §5.4.6); null when this class does not implement {@code iface}
     * (and for interfaces, which have no itables).
     */
    public VirtualMethod itableEntry(LinkedClass iface, int index) {
        if (itables == null) {
            return null;
        }
        for (int i = 0; i < allInterfaces.length; i++) {
            if (allInterfaces[i] == iface) {
                return itables[i][index];
            }
        }
        return null;
    }

    /** Interfaces: the methods of its itable, in itable order; empty for classes. */
    public VirtualMethod[] interfaceMethods() {
        return interfaceMethods;
    }

    // ---- Subtyping ----

    /** Whether a value of this class may be stored where {@code target} is expected (JVMS checkcast). */
    public boolean isAssignableTo(LinkedClass target) {
        return Supertypes.isAssignable(this, target);
    }

    /** The number of superclasses: 0 for java/lang/Object, 1 for interfaces and arrays. */
    public int depth() {
        return depth;
    }

    /** The superclass at {@code depth} (0 is java/lang/Object; {@link #depth()} this class); null beyond. */
    public LinkedClass superAt(int depth) {
        return depth >= 0 && depth < display.length ? display[depth] : null;
    }

    @Override
    public String toString() {
        return name;
    }
}
