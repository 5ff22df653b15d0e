package ingot.runtime.link;

import ingot.runtime.classfile.FieldInfo;

/**
 * Where a field lives: its byte offset in an instance (from the object's start, so at least 16)
 * or in its class's statics block (from the block's start), and its size.
 */
public final class FieldSlot {
    private final LinkedClass owner;
    private final FieldInfo info;
    private final int offset;
    private final boolean isStatic;

    FieldSlot(LinkedClass owner, FieldInfo info, int offset, boolean isStatic) {
        this.owner = owner;
        this.info = info;
        this.offset = offset;
        this.isStatic = isStatic;
    }

    public String name() {
        return info.name();
    }

    public String descriptor() {
        return info.descriptor();
    }

    /** The first character of the descriptor: one of {@code BCDFIJSZL[}. */
    public char type() {
        return info.descriptor().charAt(0);
    }

    public int offset() {
        return offset;
    }

    /** 8 for references, long and double; 4 for int and float; 2 for char and short; 1 for byte and boolean. */
    public int size() {
        return ObjectLayout.sizeOf(type());
    }

    public boolean isReference() {
        return ObjectLayout.isReference(type());
    }

    public boolean isStatic() {
        return isStatic;
    }

    /** The class that declares the field. */
    public LinkedClass owner() {
        return owner;
    }

    public FieldInfo info() {
        return info;
    }

    /**
     * For a static field with a ConstantValue attribute, the constant-pool index (in the owner's
     * class file) of its initial value; 0 otherwise. The value's pool tag matches {@link #type()}
     * (Integer for I, S, C, B and Z; Long, Float, Double; String for {@code Ljava/lang/String;}).
     */
    public int constantValueIndex() {
        return isStatic ? info.constantValue() : 0;
    }

    @Override
    public String toString() {
        return owner.name() + "." + name() + ":" + descriptor() + (isStatic ? " static @" : " @") + offset;
    }
}
