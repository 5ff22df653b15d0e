package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The comparators that Comparator's and Collections' factories return. Reversing the natural or
 * reverse order gives the other one; reversing a reversed comparator gives back the original, as
 * the JDK's do.
 */
final class Comparators {
    private Comparators() {
    }

    /** Natural order: a.compareTo(b). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class NaturalOrder implements Comparator<Comparable<Object>>, java.io.Serializable {
        static final NaturalOrder INSTANCE = new NaturalOrder();
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        @Override
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator) ReverseOrder.INSTANCE;
        }
    }

    /** Reverse natural order: b.compareTo(a). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ReverseOrder implements Comparator<Comparable<Object>>, java.io.Serializable {
        static final ReverseOrder INSTANCE = new ReverseOrder();
        private static final long serialVersionUID = 7207038068494060240L;

        @Override
        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }

        @Override
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator) NaturalOrder.INSTANCE;
        }
    }

    /** The reverse of another comparator. */
    static final class Reversed<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 4374092139857L;
        final Comparator<T> original;

        Reversed(Comparator<T> original) {
            this.original = original;
        }

        @Override
        public int compare(T t1, T t2) {
            return original.compare(t2, t1);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || (o instanceof Reversed && original.equals(((Reversed<?>) o).original));
        }

        @Override
        public int hashCode() {
            return original.hashCode() ^ Integer.MIN_VALUE;
        }

        @Override
        public Comparator<T> reversed() {
            return original;
        }
    }

    /** Nulls before (or after) every other value, which the wrapped comparator orders. */
    static final class Nulls<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = -7569533591570686392L;
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        Nulls(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        @Override
        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : (nullFirst ? -1 : 1);
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return real == null ? 0 : real.compare(a, b);
        }

        @Override
        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new Nulls<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        @Override
        public Comparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    /** First one comparator, then another for ties. */
    static final class Then<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int compare(T c1, T c2) {
            int res = first.compare(c1, c2);
            return res != 0 ? res : second.compare(c1, c2);
        }
    }

    /** Compares extracted keys with a key comparator. */
    static final class ByKey<T, U> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Function<? super T, ? extends U> key;
        private final Comparator<? super U> keyComparator;

        @SuppressWarnings("unchecked")
        ByKey(Function<? super T, ? extends U> key, Comparator<?> keyComparator) {
            this.key = key;
            this.keyComparator = (Comparator<? super U>) keyComparator;
        }

        @Override
        public int compare(T c1, T c2) {
            return keyComparator.compare(key.apply(c1), key.apply(c2));
        }
    }

    /** Compares extracted int keys. */
    static final class ByInt<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ToIntFunction<? super T> key;

        ByInt(ToIntFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T c1, T c2) {
            return Integer.compare(key.applyAsInt(c1), key.applyAsInt(c2));
        }
    }

    /** Compares extracted long keys. */
    static final class ByLong<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ToLongFunction<? super T> key;

        ByLong(ToLongFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T c1, T c2) {
            return Long.compare(key.applyAsLong(c1), key.applyAsLong(c2));
        }
    }

    /** Compares extracted double keys. */
    static final class ByDouble<T> implements Comparator<T>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ToDoubleFunction<? super T> key;

        ByDouble(ToDoubleFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T c1, T c2) {
            return Double.compare(key.applyAsDouble(c1), key.applyAsDouble(c2));
        }
    }
}
