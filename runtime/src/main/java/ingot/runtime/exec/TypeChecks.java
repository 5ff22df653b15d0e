package ingot.runtime.exec;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Subtype tests on Class objects (JVMS §6.5 checkcast and instanceof): classes by the superclass
 * display, interfaces by the set of implemented interfaces, arrays by their components
 * (covariant for references, exact for primitives). Compiled code calls {@link #checkcast},
 * {@link #instanceOf} and {@link #arrayStoreCheck} after an inline exact-class test failed.
 */
public final class TypeChecks {
    private TypeChecks() {
    }

    /** ingot_rt_instanceof: 1 when the non-null {@code object} is an instance of {@code type}. */
    @Uninterruptible("type test")
    public static int instanceOf(Object object, Object type) {
        return isAssignable(classOf(object), Mem.addressOf(type)) ? 1 : 0;
    }

    /** ingot_rt_checkcast: returns when the non-null {@code object} is an instance of {@code type}. */
    public static void checkcast(Object object, Object type) {
        if (!isAssignable(classOf(object), Mem.addressOf(type))) {
            VmExceptions.classCast(object, type);
        }
    }

    /** ingot_rt_array_store_check: the non-null {@code value} may be stored in {@code array}. */
    public static void arrayStoreCheck(Object array, Object value) {
        long component = Mem.loadLong(classOf(array) + ClassWords.COMPONENT);
        if (!isAssignable(classOf(value), component)) {
            VmExceptions.arrayStore(array, value);
        }
    }

    /** True when instances of class {@code from} are instances of class {@code to} (addresses). */
    @Uninterruptible("type test")
    public static boolean isAssignable(long from, long to) {
        if (from == to) {
            return true;
        }
        int toFlags = Mem.loadInt(to + ClassWords.FLAGS);
        if ((toFlags & ClassWords.INTERFACE) != 0) {
            return implementsInterface(from, to);
        }
        if ((toFlags & ClassWords.ARRAY) != 0) {
            return isArrayAssignable(from, to);
        }
        int depth = Mem.loadInt(to + ClassWords.DEPTH);
        return depth <= Mem.loadInt(from + ClassWords.DEPTH)
                && Mem.loadLong(Mem.loadLong(from + ClassWords.DISPLAY) + 8L * depth) == to;
    }

    @Uninterruptible("type test")
    private static boolean implementsInterface(long from, long iface) {
        long list = Mem.loadLong(from + ClassWords.INTERFACES);
        long count = Mem.loadLong(list);
        for (long i = 1; i <= count; i++) {
            if (Mem.loadLong(list + 8 * i) == iface) {
                return true;
            }
        }
        return false;
    }

    /** An array class is assignable to another array class by its components. */
    @Uninterruptible("type test")
    private static boolean isArrayAssignable(long from, long to) {
        if ((Mem.loadInt(from + ClassWords.FLAGS) & ClassWords.ARRAY) == 0) {
            return false;
        }
        long fromComponent = Mem.loadLong(from + ClassWords.COMPONENT);
        long toComponent = Mem.loadLong(to + ClassWords.COMPONENT);
        boolean primitive = (Mem.loadInt(fromComponent + ClassWords.FLAGS) & ClassWords.PRIMITIVE) != 0
                || (Mem.loadInt(toComponent + ClassWords.FLAGS) & ClassWords.PRIMITIVE) != 0;
        return primitive ? fromComponent == toComponent : isAssignable(fromComponent, toComponent);
    }

    @Uninterruptible("type test")
    private static long classOf(Object object) {
        return Mem.loadLong(Mem.addressOf(object));
    }
}
