package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * Object.clone (the native the class library declares): arrays copy their elements; other
 * objects must implement Cloneable and get a shallow copy of their fields. The identity hash
 * and lock word of the copy start fresh.
 */
public final class ObjectClone {
    /** java.lang.Cloneable's Class object; the translator provides it. */
    static Object cloneable;

    private ObjectClone() {
    }

    public static Object clone(Object original) throws CloneNotSupportedException {
        long from = Mem.addressOf(original);
        long type = Mem.loadLong(from);
        long bytes;
        Object copy;
        if ((Mem.loadInt(type + ClassWords.FLAGS) & ClassWords.ARRAY) != 0) {
            int length = Mem.loadInt(from + Heap.ARRAY_LENGTH);
            copy = Heap.newArray(Mem.objectAt(type), length);
            bytes = (long) length * Mem.loadInt(type + ClassWords.ELEMENT_SIZE);
            copyBytes(from + Heap.ARRAY_BASE, Mem.addressOf(copy) + Heap.ARRAY_BASE, bytes);
            return copy;
        }
        if (!TypeChecks.isAssignable(type, Mem.addressOf(cloneable))) {
            VmExceptions.cloneNotSupported(original);
        }
        int size = Mem.loadInt(type + ClassWords.INSTANCE_SIZE);
        copy = Heap.newInstance(Mem.objectAt(type), size);
        copyBytes(from + 16, Mem.addressOf(copy) + 16, size - 16);
        return copy;
    }

    private static void copyBytes(long from, long to, long bytes) {
        long i = 0;
        for (; i + 8 <= bytes; i += 8) {
            Mem.storeLong(to + i, Mem.loadLong(from + i));
        }
        for (; i < bytes; i++) {
            Mem.storeByte(to + i, Mem.loadByte(from + i));
        }
    }
}
