package ingot.runtime.link;

/**
 * The shape of every object in the heap. Word 0 holds the address of the object's class's
 * {@code java.lang.Class} instance, word 1 the hash/lock word; instance fields start at offset 16.
 * An array keeps a 32-bit length at offset 16 and its elements from offset 24, whatever their
 * type. Every object's size is a multiple of 8.
 */
public final class ObjectLayout {
    /** Offset of the class word (the address of the class's java.lang.Class instance). */
    public static final int CLASS_OFFSET = 0;
    /** Offset of the hash/lock word. */
    public static final int HASH_LOCK_OFFSET = 8;
    /** Size of the header; the first instance field may start here. */
    public static final int HEADER_SIZE = 16;
    /** Offset of an array's 32-bit length. */
    public static final int ARRAY_LENGTH_OFFSET = 16;
    /** Offset of an array's first element, for every element type. */
    public static final int ARRAY_ELEMENTS_OFFSET = 24;
    /** Objects, statics blocks and reference-map words are counted in 8-byte words. */
    public static final int WORD_SIZE = 8;

    private ObjectLayout() {
    }

    /** The size in bytes of a value of the type whose descriptor starts with {@code type}. */
    public static int sizeOf(char type) {
        switch (type) {
            case 'L': case '[': case 'J': case 'D':
                return 8;
            case 'I': case 'F':
                return 4;
            case 'C': case 'S':
                return 2;
            case 'B': case 'Z':
                return 1;
            default:
                throw new IllegalArgumentException("not a field type: " + type);
        }
    }

    /** Whether a value of the type whose descriptor starts with {@code type} is a reference. */
    public static boolean isReference(char type) {
        return type == 'L' || type == '[';
    }

    /** The size in bytes of an array of {@code length} elements of {@code elementSize} bytes. */
    public static long arraySize(int elementSize, int length) {
        return alignUp(ARRAY_ELEMENTS_OFFSET + (long) elementSize * length, WORD_SIZE);
    }

    static int alignUp(int value, int alignment) {
        return (value + alignment - 1) & -alignment;
    }

    static long alignUp(long value, int alignment) {
        return (value + alignment - 1) & -(long) alignment;
    }
}
