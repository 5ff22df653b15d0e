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

    /** HotSpot 17's message: both names, then where each class lives (module and loader). */
    public static void classCast(Object object, Object type) {
        Object from = ClassNames.classOf(object);
        String fromName = nameOf(from);
        String toName = nameOf(type);
        String fromPlace = placeOf(from);
        String toPlace = placeOf(type);
        String places = fromPlace.equals(toPlace) ? fromName + " and " + toName + " are in " + fromPlace
                : fromName + " is in " + fromPlace + "; " + toName + " is in " + toPlace;
        throw new ClassCastException("class " + fromName + " cannot be cast to class " + toName + " (" + places + ")");
    }

    /** Application classes are the 'app' loader's unnamed module; the class library is java.base. */
    private static String placeOf(Object type) {
        boolean application = (Mem.loadInt(Mem.addressOf(type) + ClassWords.FLAGS) & ClassWords.APPLICATION) != 0;
        return application ? "unnamed module of loader 'app'" : "module java.base of loader 'bootstrap'";
    }

    public static void arrayStore(Object array, Object value) {
        throw new ArrayStoreException(nameOf(ClassNames.classOf(value)));
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
