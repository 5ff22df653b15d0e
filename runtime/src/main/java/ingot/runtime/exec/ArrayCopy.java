package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * System.arraycopy (the native the class library declares): checks in HotSpot 17's order and with
 * its messages, then a memmove that is correct when source and destination overlap. Reference
 * arrays whose component types are not assignable are copied element by element with a store check.
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
        long srcComponent = Mem.loadLong(srcClass + ClassWords.COMPONENT);
        long destComponent = Mem.loadLong(destClass + ClassWords.COMPONENT);
        checkTypes(srcClass, srcComponent, destClass, destComponent);
        String srcName = arrayName(srcComponent);
        String destName = arrayName(destComponent);
        int srcLength = Mem.loadInt(srcArray + Heap.ARRAY_LENGTH);
        int destLength = Mem.loadInt(destArray + Heap.ARRAY_LENGTH);
        if (srcPos < 0) {
            outOfBounds("source index " + srcPos, srcName, srcLength);
        } else if (destPos < 0) {
            outOfBounds("destination index " + destPos, destName, destLength);
        } else if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        } else if ((long) srcPos + length > srcLength) {
            outOfBounds("last source index " + ((long) srcPos + length), srcName, srcLength);
        } else if ((long) destPos + length > destLength) {
            outOfBounds("last destination index " + ((long) destPos + length), destName, destLength);
        }
        long size = Mem.loadInt(srcClass + ClassWords.ELEMENT_SIZE);
        if (srcComponent != destComponent && !TypeChecks.isAssignable(srcComponent, destComponent)) {
            copyCheckingEachElement(srcComponent, srcArray + Heap.ARRAY_BASE + 8L * srcPos,
                    destComponent, destArray + Heap.ARRAY_BASE + 8L * destPos, length);
            return;
        }
        move(srcArray + Heap.ARRAY_BASE + size * srcPos, destArray + Heap.ARRAY_BASE + size * destPos, size * length);
    }

    /** HotSpot 17's checks and messages, in its order: both arrays, then primitive against reference and element types. */
    private static void checkTypes(long srcClass, long srcComponent, long destClass, long destComponent) {
        if (!isArray(srcClass)) {
            throw new ArrayStoreException("arraycopy: source type " + typeName(srcClass) + " is not an array");
        }
        if (!isArray(destClass)) {
            throw new ArrayStoreException("arraycopy: destination type " + typeName(destClass) + " is not an array");
        }
        boolean srcPrimitive = isPrimitive(srcComponent);
        boolean destPrimitive = isPrimitive(destComponent);
        if ((srcPrimitive || destPrimitive) && srcComponent != destComponent) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + arrayName(srcComponent) + "[] into "
                    + arrayName(destComponent) + "[]");
        }
    }

    private static void outOfBounds(String what, String arrayName, int arrayLength) {
        throw new ArrayIndexOutOfBoundsException("arraycopy: " + what + " out of bounds for " + arrayName + "[" + arrayLength + "]");
    }

    /** An array as HotSpot's arraycopy messages name it: the primitive element type, or "object array". */
    private static String arrayName(long component) {
        return isPrimitive(component) ? typeName(component) : "object array";
    }

    private static String typeName(long type) {
        return ClassNames.binaryName(Mem.objectAt(type));
    }

    private static boolean isArray(long type) {
        return (Mem.loadInt(type + ClassWords.FLAGS) & ClassWords.ARRAY) != 0;
    }

    private static boolean isPrimitive(long type) {
        return (Mem.loadInt(type + ClassWords.FLAGS) & ClassWords.PRIMITIVE) != 0;
    }

    /**
     * Copies references one by one while each fits the destination's component type (the earlier
     * ones stay copied); HotSpot words the failure by whether the component types are related.
     */
    private static void copyCheckingEachElement(long srcComponent, long from, long destComponent, long to, int length) {
        for (int i = 0; i < length; i++) {
            long element = Mem.loadLong(from + 8L * i);
            if (element != 0 && !TypeChecks.isAssignable(Mem.loadLong(element), destComponent)) {
                String src = typeName(srcComponent);
                String dest = typeName(destComponent);
                throw new ArrayStoreException(TypeChecks.isAssignable(destComponent, srcComponent)
                        ? "arraycopy: element type mismatch: can not cast one of the elements of " + src
                                + "[] to the type of the destination array, " + dest
                        : "arraycopy: type mismatch: can not copy " + src + "[] into " + dest + "[]");
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
