package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * A source of elements to traverse one at a time ({@link #tryAdvance}) or all at once
 * ({@link #forEachRemaining}), which may split off a part of itself ({@link #trySplit}). The
 * characteristics are the JDK's bit values. The primitive specialisations (OfInt, OfLong,
 * OfDouble) take primitive consumers; given a boxed Consumer they pass it through when it is
 * also the primitive consumer, else box each element for it (a null Consumer fails at once).
 */
public interface Spliterator<T> {
    int ORDERED = 0x00000010;
    int DISTINCT = 0x00000001;
    int SORTED = 0x00000004;
    int SIZED = 0x00000040;
    int NONNULL = 0x00000100;
    int IMMUTABLE = 0x00000400;
    int CONCURRENT = 0x00001000;
    int SUBSIZED = 0x00004000;

    /** Passes the next element to {@code action}; false if there was none. */
    boolean tryAdvance(Consumer<? super T> action);

    default void forEachRemaining(Consumer<? super T> action) {
        while (tryAdvance(action)) {
            // each call passed one element
        }
    }

    /** A spliterator over a prefix of the remaining elements, which this one then skips; or null. */
    Spliterator<T> trySplit();

    long estimateSize();

    default long getExactSizeIfKnown() {
        return (characteristics() & SIZED) == 0 ? -1L : estimateSize();
    }

    int characteristics();

    default boolean hasCharacteristics(int characteristics) {
        return (characteristics() & characteristics) == characteristics;
    }

    /** The order of a SORTED source (null: natural); IllegalStateException if not SORTED. */
    default Comparator<? super T> getComparator() {
        throw new IllegalStateException();
    }

    /** A spliterator of primitive values, traversed with a consumer of type {@code C}. */
    interface OfPrimitive<T, C, S extends Spliterator.OfPrimitive<T, C, S>> extends Spliterator<T> {
        @Override
        S trySplit();

        @SuppressWarnings("overloads")
        boolean tryAdvance(C action);

        @SuppressWarnings("overloads")
        default void forEachRemaining(C action) {
            while (tryAdvance(action)) {
                // each call passed one element
            }
        }
    }

    /** A spliterator of int values. */
    interface OfInt extends OfPrimitive<Integer, IntConsumer, OfInt> {
        @Override
        OfInt trySplit();

        @Override
        boolean tryAdvance(IntConsumer action);

        @Override
        default void forEachRemaining(IntConsumer action) {
            while (tryAdvance(action)) {
                // each call passed one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Integer> action) {
            return tryAdvance(BoxingConsumers.ofInt(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Integer> action) {
            forEachRemaining(BoxingConsumers.ofInt(action));
        }
    }

    /** A spliterator of long values. */
    interface OfLong extends OfPrimitive<Long, LongConsumer, OfLong> {
        @Override
        OfLong trySplit();

        @Override
        boolean tryAdvance(LongConsumer action);

        @Override
        default void forEachRemaining(LongConsumer action) {
            while (tryAdvance(action)) {
                // each call passed one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Long> action) {
            return tryAdvance(BoxingConsumers.ofLong(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Long> action) {
            forEachRemaining(BoxingConsumers.ofLong(action));
        }
    }

    /** A spliterator of double values. */
    interface OfDouble extends OfPrimitive<Double, DoubleConsumer, OfDouble> {
        @Override
        OfDouble trySplit();

        @Override
        boolean tryAdvance(DoubleConsumer action);

        @Override
        default void forEachRemaining(DoubleConsumer action) {
            while (tryAdvance(action)) {
                // each call passed one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Double> action) {
            return tryAdvance(BoxingConsumers.ofDouble(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Double> action) {
            forEachRemaining(BoxingConsumers.ofDouble(action));
        }
    }
}
