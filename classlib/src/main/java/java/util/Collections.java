package java.util;

/**
 * Algorithms over collections and the wrapper and constant collections: sorting, searching,
 * shuffling with the JDK's documented swap order, and the empty, singleton, unmodifiable and
 * synchronized views.
 */
public final class Collections {
    private Collections() {
    }

    // ---- ordering ----

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    /** The reverse of natural order. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparators.ReverseOrder.INSTANCE;
    }

    /** The reverse of {@code cmp}: natural reversed for null, the original for a reversed comparator. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) {
            return (Comparator<T>) Comparators.ReverseOrder.INSTANCE;
        }
        if (cmp == (Object) Comparators.ReverseOrder.INSTANCE) {
            return (Comparator<T>) Comparators.NaturalOrder.INSTANCE;
        }
        if (cmp instanceof Comparators.Reversed) {
            return ((Comparators.Reversed<T>) cmp).original;
        }
        return new Comparators.Reversed<T>(cmp);
    }
}
