package java.util;

/**
 * How HashMap tree bins order keys whose hashes are equal: by compareTo when both keys are of one
 * class {@code C} that implements {@code Comparable<C>} itself, else by class name, else by
 * identity hash code.
 *
 * <p>The JDK recognises {@code C} by reading its generic interfaces through reflection, which this
 * library has not; it takes instead a Comparable class whose superclass is not Comparable. The
 * two agree on String, the boxes, enums (never: Enum declares Comparable), subclasses of
 * comparable classes (never) and classes declaring {@code implements Comparable<C>}; they differ
 * for a class declaring a raw {@code Comparable}, {@code Comparable<Other>}, or a sub-interface
 * of Comparable, which the JDK does not compare and this library does.
 */
final class HashKeyOrder {
    private HashKeyOrder() {
    }

    /** The class of {@code x} if its instances compare with each other, else null. */
    static Class<?> comparableClassFor(Object x) {
        if (!(x instanceof Comparable)) {
            return null;
        }
        Class<?> c = x.getClass();
        if (c == String.class) {
            return c;
        }
        Class<?> s = c.getSuperclass();
        return s != null && Comparable.class.isAssignableFrom(s) ? null : c;
    }

    /** {@code k.compareTo(x)} if x is of class kc, else 0. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return x == null || x.getClass() != kc ? 0 : ((Comparable) k).compareTo(x);
    }

    /** A total order for keys that tie otherwise: class names, then identity hashes (never 0). */
    static int tieBreak(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) {
            d = a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (d == 0) {
            d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }
        return d;
    }
}
