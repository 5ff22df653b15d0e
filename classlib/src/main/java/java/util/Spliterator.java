package java.util;

import java.util.function.Consumer;

/**
 * A source of elements to traverse one at a time ({@link #tryAdvance}) or all at once
 * ({@link #forEachRemaining}), which may split off a part of itself ({@link #trySplit}). The
 * characteristics are the JDK's bit values. The primitive specialisations (OfInt, OfLong,
 * OfDouble) are not in this library.
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
}
