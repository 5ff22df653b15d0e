package ingot.runtime.exec;

/**
 * The failures the runtime cannot yet turn into Java exceptions (until exception unwinding lands):
 * each prints the Java exception HotSpot would throw, on stderr, and exits with status 1. They
 * are native: the image supplies them (for now the test images' boot code).
 */
public final class Fatal {
    private Fatal() {
    }

    /** java.lang.NegativeArraySizeException. */
    public static native void negativeArraySize(int length);

    /** java.lang.OutOfMemoryError. */
    public static native void outOfMemory();

    /** java.lang.ClassCastException. */
    public static native void classCast(Object object, Object type);

    /** java.lang.ArrayStoreException. */
    public static native void arrayStore(Object array, Object value);

    /** java.lang.NullPointerException. */
    public static native void nullPointer();

    /** java.lang.ArrayIndexOutOfBoundsException: arraycopy's range does not fit. */
    public static native void arrayIndex(int position, int length, int arrayLength);

    /** java.lang.CloneNotSupportedException. */
    public static native void cloneNotSupported(Object object);

    /** java.lang.IncompatibleClassChangeError: the receiver does not implement the interface. */
    public static native void incompatibleClassChange(Object receiverClass, Object iface);
}
