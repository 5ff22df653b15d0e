package java.lang.reflect;

/** Arrays of a type known only at run time. */
public final class Array {
    private Array() {
    }

    /**
     * A new array of {@code length} elements of {@code componentType} (VM intrinsic). Throws
     * NullPointerException, NegativeArraySizeException, or IllegalArgumentException for void.
     */
    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        return newArray(componentType, length);
    }

    /** The length of an array (VM intrinsic); IllegalArgumentException if not an array. */
    public static native int getLength(Object array) throws IllegalArgumentException;

    private static native Object newArray(Class<?> componentType, int length);
}
