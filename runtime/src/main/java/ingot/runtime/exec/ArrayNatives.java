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

    /**
     * Not yet: the Class objects do not link a component type to its array class, so an array of a
     * type known only at run time cannot be made.
     */
    public static Object newArray(Object componentType, int length) {
        throw new UnsupportedOperationException("Array.newArray: arrays of a run-time component type are not supported yet");
    }
}
