package ingot.runtime.classfile;

/**
 * A checked constant pool. Index 0 and the second slot of a Long or Double hold no constant
 * (tag 0). Every reference inside the pool has been checked to point at an entry of the right tag,
 * so the accessors below trust the pool; they are for the VM after {@link ClassFileReader} is done.
 *
 * <p>Storage is flat: {@code first} and {@code second} hold the one or two u2 operands of each
 * entry (an int or float's bits in {@code first}; a long or double's high and low words in
 * {@code first} and {@code second}; a Utf8 entry's byte offset and length in {@code first} and
 * {@code second}). A Utf8 entry's String is made from the class file's bytes the first time it is
 * asked for and kept in {@code text}; its encoding was checked when the pool was read.
 */
public final class ConstantPool {
    final byte[] tags;
    final int[] first;
    final int[] second;
    final String[] text;
    final int[] offsets;
    /** Set by the checker: the Dynamic or InvokeDynamic entry naming the highest bootstrap method, or 0. */
    int highestBootstrapUser;
    /** Set by the reader: the pool holds Module or Package entries. */
    boolean hasModuleEntries;

    private final byte[] classBytes;

    ConstantPool(byte[] classBytes, int count) {
        this.classBytes = classBytes;
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
        String s = text[index];
        if (s == null) {
            s = ModifiedUtf8.decode(classBytes, first[index], second[index]);
            text[index] = s;
        }
        return s;
    }

    /** The class file the pool was read from; annotations are decoded from it on first use. */
    byte[] classBytes() {
        return classBytes;
    }

    /** The length in bytes of a Utf8 entry's encoding. */
    int utf8Length(int index) {
        return second[index];
    }

    /** The {@link ModifiedUtf8#shape} bits of a Utf8 entry. */
    int utf8Shape(int index) {
        return ModifiedUtf8.shape(classBytes, first[index], second[index]);
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
        return utf8(first[index]);
    }

    /** The value of a String entry. */
    public String string(int index) {
        return utf8(first[index]);
    }

    /** The name of a Module or Package entry, or the descriptor of a MethodType entry. */
    public String nameOf(int index) {
        return utf8(first[index]);
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
        return utf8(first[nameAndType]);
    }

    public String nameAndTypeDescriptor(int nameAndType) {
        return utf8(second[nameAndType]);
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
