package ingot.runtime.classfile;

/**
 * A checked constant pool. Index 0 and the second slot of a Long or Double hold no constant
 * (tag 0). Every reference inside the pool has been checked to point at an entry of the right tag,
 * so the accessors below trust the pool; they are for the VM after {@link ClassFileReader} is done.
 *
 * <p>Storage is flat: {@code first} and {@code second} hold the one or two u2 operands of each
 * entry (an int or float's bits in {@code first}; a long or double's high and low words in
 * {@code first} and {@code second}), {@code text} the decoded Utf8 strings.
 */
public final class ConstantPool {
    final byte[] tags;
    final int[] first;
    final int[] second;
    final String[] text;
    final int[] offsets;

    ConstantPool(int count) {
        tags = new byte[count];
        first = new int[count];
        second = new int[count];
        text = new String[count];
        offsets = new int[count];
    }

    /** Number of slots, index 0 included (the class file's constant_pool_count). */
    public int size() {
        return tags.length;
    }

    /** The tag at {@code index}, or 0 for an unusable slot or an index out of range. */
    public int tag(int index) {
        return index > 0 && index < tags.length ? tags[index] : 0;
    }

    public String utf8(int index) {
        return text[index];
    }

    public int intValue(int index) {
        return first[index];
    }

    public float floatValue(int index) {
        return Float.intBitsToFloat(first[index]);
    }

    public long longValue(int index) {
        return ((long) first[index] << 32) | (second[index] & 0xFFFFFFFFL);
    }

    public double doubleValue(int index) {
        return Double.longBitsToDouble(longValue(index));
    }

    /** The internal name of a Class entry, e.g. {@code java/lang/String} or {@code [I}. */
    public String className(int index) {
        return text[first[index]];
    }

    /** The value of a String entry. */
    public String string(int index) {
        return text[first[index]];
    }

    /** The name of a Module or Package entry, or the descriptor of a MethodType entry. */
    public String nameOf(int index) {
        return text[first[index]];
    }

    /** The Class entry of a Fieldref, Methodref or InterfaceMethodref. */
    public int memberClass(int index) {
        return first[index];
    }

    /** The NameAndType entry of a member reference, Dynamic or InvokeDynamic. */
    public int nameAndType(int index) {
        return second[index];
    }

    public String nameAndTypeName(int nameAndType) {
        return text[first[nameAndType]];
    }

    public String nameAndTypeDescriptor(int nameAndType) {
        return text[second[nameAndType]];
    }

    /** The reference kind (1..9) of a MethodHandle entry. */
    public int methodHandleKind(int index) {
        return first[index];
    }

    /** The member reference of a MethodHandle entry. */
    public int methodHandleReference(int index) {
        return second[index];
    }

    /** The bootstrap_method_attr_index of a Dynamic or InvokeDynamic entry. */
    public int bootstrapIndex(int index) {
        return first[index];
    }

    /** The byte offset of an entry in the class file, for messages. */
    public int offsetOf(int index) {
        return offsets[index];
    }
}
