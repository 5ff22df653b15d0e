package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * System.arraycopy (the native the class library declares): checks as the JDK's does, then a
 * memmove that is correct when source and destination overlap. Reference arrays whose component
 * types are not assignable are copied element by element with a store check.
 */
public final class ArrayCopy {
    private ArrayCopy() {
    }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            VmExceptions.nullPointer();
        }
        long srcArray = Mem.addressOf(src);
        long destArray = Mem.addressOf(dest);
        long srcClass = Mem.loadLong(srcArray);
        long destClass = Mem.loadLong(destArray);
        if ((Mem.loadInt(srcClass + ClassWords.FLAGS) & ClassWords.ARRAY) == 0
                || (Mem.loadInt(destClass + ClassWords.FLAGS) & ClassWords.ARRAY) == 0) {
            VmExceptions.arrayStore(src, dest);
        }
        checkBounds(srcPos, Mem.loadInt(srcArray + Heap.ARRAY_LENGTH), length);
        checkBounds(destPos, Mem.loadInt(destArray + Heap.ARRAY_LENGTH), length);
        long size = Mem.loadInt(srcClass + ClassWords.ELEMENT_SIZE);
        long srcComponent = Mem.loadLong(srcClass + ClassWords.COMPONENT);
        long destComponent = Mem.loadLong(destClass + ClassWords.COMPONENT);
        if (srcComponent != destComponent && !TypeChecks.isAssignable(srcComponent, destComponent)) {
            if (isPrimitive(srcComponent) || isPrimitive(destComponent)) {
                VmExceptions.arrayStore(src, dest);
            }
            copyCheckingEachElement(src, srcArray + Heap.ARRAY_BASE + 8L * srcPos,
                    dest, destArray + Heap.ARRAY_BASE + 8L * destPos, length);
            return;
        }
        move(srcArray + Heap.ARRAY_BASE + size * srcPos, destArray + Heap.ARRAY_BASE + size * destPos, size * length);
    }

    private static void checkBounds(int position, int arrayLength, int length) {
        if (position < 0 || length < 0 || (long) position + length > arrayLength) {
            VmExceptions.arrayCopyRange(position, length, arrayLength);
        }
    }

    private static boolean isPrimitive(long type) {
        return (Mem.loadInt(type + ClassWords.FLAGS) & ClassWords.PRIMITIVE) != 0;
    }

    private static void copyCheckingEachElement(Object src, long from, Object dest, long to, int length) {
        for (int i = 0; i < length; i++) {
            long element = Mem.loadLong(from + 8L * i);
            if (element != 0) {
                TypeChecks.arrayStoreCheck(dest, Mem.objectAt(element));
            }
            Mem.storeLong(to + 8L * i, element);
        }
    }

    /** memmove: forwards when the destination is below the source, else backwards. */
    private static void move(long from, long to, long bytes) {
        if (to <= from) {
            long i = 0;
            for (; i + 8 <= bytes; i += 8) {
                Mem.storeLong(to + i, Mem.loadLong(from + i));
            }
            for (; i < bytes; i++) {
                Mem.storeByte(to + i, Mem.loadByte(from + i));
            }
        } else {
            long i = bytes;
            for (; i >= 8; i -= 8) {
                Mem.storeLong(to + i - 8, Mem.loadLong(from + i - 8));
            }
            for (; i > 0; i--) {
                Mem.storeByte(to + i - 1, Mem.loadByte(from + i - 1));
            }
        }
    }
}
