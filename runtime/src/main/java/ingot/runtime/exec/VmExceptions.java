package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The exceptions the VM itself throws from compiled code (ingot_rt_null_pointer,
 * ingot_rt_array_index, ingot_rt_divide_by_zero, and the failed checks of the other routines),
 * with HotSpot 17's messages where they are simple.
 */
public final class VmExceptions {
    private VmExceptions() {
    }

    public static void nullPointer() {
        throw new NullPointerException();
    }

    /**
     * ingot_rt_null_pointer: rdi = the message record the translator wrote for the failed null
     * check (NullPointerTexts: two 32-bit offsets from the record, to the action text and to the
     * cause clause or 0), or 0 when there is no message.
     */
    public static void nullPointer(long record) {
        if (record == 0) {
            throw new NullPointerException();
        }
        String action = ClassNames.text(record + Mem.loadInt(record));
        int because = Mem.loadInt(record + 4);
        throw new NullPointerException(because == 0 ? action : action + ClassNames.text(record + because));
    }

    /** ingot_rt_array_index: edi = index, esi = length. */
    public static void arrayIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static void divideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    public static void negativeArraySize(int length) {
        throw new NegativeArraySizeException(Integer.toString(length));
    }

    public static void classCast(Object object, Object type) {
        throw new ClassCastException("class " + nameOf(ClassNames.classOf(object)) + " cannot be cast to class " + nameOf(type));
    }

    public static void arrayStore(Object array, Object value) {
        throw new ArrayStoreException(nameOf(ClassNames.classOf(value)));
    }

    public static void arrayCopyRange(int position, int length, int arrayLength) {
        throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (position + length)
                + " out of bounds for length " + arrayLength);
    }

    public static void cloneNotSupported(Object object) throws CloneNotSupportedException {
        throw new CloneNotSupportedException(nameOf(ClassNames.classOf(object)));
    }

    public static void abstractMethod() {
        throw new AbstractMethodError();
    }

    public static void incompatibleClassChange() {
        throw new IncompatibleClassChangeError();
    }

    public static void illegalAccess() {
        throw new IllegalAccessError();
    }

    /** A class's binary name (dots) from its Class object's name word. */
    static String nameOf(Object type) {
        return ClassNames.binaryName(type);
    }
}
