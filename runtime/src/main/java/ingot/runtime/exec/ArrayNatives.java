package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/** The natives of java.lang.reflect.Array. */
public final class ArrayNatives {
    private ArrayNatives() {
    }

    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        long type = Mem.loadLong(Mem.addressOf(array));
        if ((Mem.loadInt(type + ClassWords.FLAGS) & ClassWords.ARRAY) == 0) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return Mem.loadInt(Mem.addressOf(array) + Heap.ARRAY_LENGTH);
    }

    /** Array.newArray: a zeroed array of {@code componentType} (a Class) with {@code length} elements. */
    public static Object newArray(Object componentType, int length) {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == PrimitiveClasses.voidClass) {
            throw new IllegalArgumentException();
        }
        if (length < 0) {
            VmExceptions.negativeArraySize(length);
        }
        return Heap.newArray(ArrayClasses.of(componentType), length);
    }
}
