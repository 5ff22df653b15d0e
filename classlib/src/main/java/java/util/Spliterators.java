package java.util;

import java.util.function.Consumer;

/**
 * Factories of spliterators over arrays, collections and iterators, the empty spliterator, an
 * iterator over a spliterator, and {@link AbstractSpliterator}. Only the object spliterators:
 * the primitive ones (Spliterator.OfInt and its kin) are not in this library.
 */
public final class Spliterators {
    /** The first batch a splitting iterator-based spliterator copies out, and its growth. */
    static final int BATCH_UNIT = 1 << 10;
    static final int MAX_BATCH = 1 << 25;
    private static final Spliterator<Object> EMPTY_SPLITERATOR = new EmptySpliterator<Object>();

    private Spliterators() {
    }

    @SuppressWarnings("unchecked")
    public static <T> Spliterator<T> emptySpliterator() {
        return (Spliterator<T>) EMPTY_SPLITERATOR;
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        Object[] a = Objects.requireNonNull(array);
        return new ArraySpliterator<T>(a, 0, a.length, additionalCharacteristics);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterator<T>(array, fromIndex, toIndex, additionalCharacteristics);
    }

    private static void checkFromToBounds(int arrayLength, int origin, int fence) {
        if (origin > fence) {
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        }
        if (origin < 0) {
            throw new ArrayIndexOutOfBoundsException(origin);
        }
        if (fence > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(fence);
        }
    }

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<T>(Objects.requireNonNull(c), characteristics);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<T>(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<T>(Objects.requireNonNull(iterator), characteristics);
    }

    /** An iterator that takes its elements from {@code spliterator} one tryAdvance at a time. */
    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        return new Adapter<T>(Objects.requireNonNull(spliterator));
    }

    /** How many elements the next split of an iterator-based spliterator of size s copies out. */
    static int batchSize(int previousBatch, long s) {
        int n = previousBatch + BATCH_UNIT;
        if (n > s) {
            n = (int) s;
        }
        return Math.min(n, MAX_BATCH);
    }

    /** getComparator of a spliterator with no comparator of its own: null if SORTED, else an error. */
    static <T> Comparator<? super T> comparatorIfSorted(Spliterator<T> s) {
        if (s.hasCharacteristics(Spliterator.SORTED)) {
            return null;
        }
        throw new IllegalStateException();
    }

    /** No elements; SIZED and SUBSIZED. */
    private static final class EmptySpliterator<T> implements Spliterator<T> {
        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            return false;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public long estimateSize() {
            return 0;
        }

        @Override
        public int characteristics() {
            return Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }

    /** The iterator of {@link #iterator}: holds the one element a tryAdvance handed over. */
    private static final class Adapter<T> implements Iterator<T>, Consumer<T> {
        private final Spliterator<? extends T> spliterator;
        private boolean valueReady;
        private T nextElement;

        Adapter(Spliterator<? extends T> spliterator) {
            this.spliterator = spliterator;
        }

        @Override
        public void accept(T t) {
            valueReady = true;
            nextElement = t;
        }

        @Override
        public boolean hasNext() {
            if (!valueReady) {
                spliterator.tryAdvance(this);
            }
            return valueReady;
        }

        @Override
        public T next() {
            if (!valueReady && !hasNext()) {
                throw new NoSuchElementException();
            }
            return take();
        }

        private T take() {
            valueReady = false;
            T t = nextElement;
            nextElement = null;
            return t;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (valueReady) {
                action.accept(take());
            }
            spliterator.forEachRemaining(action);
        }
    }

    /**
     * A base for spliterators that only know how to advance: splitting copies the next batch of
     * elements (by tryAdvance) into an array spliterator, as the JDK's.
     */
    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private final int characteristics;
        private long est;
        private int batch;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = (additionalCharacteristics & Spliterator.SIZED) != 0
                    ? additionalCharacteristics | Spliterator.SUBSIZED : additionalCharacteristics;
        }

        /** Keeps the last element it was given. */
        private static final class Holder<T> implements Consumer<T> {
            Object value;

            @Override
            public void accept(T value) {
                this.value = value;
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            Holder<T> holder = new Holder<T>();
            long s = est;
            if (s <= 1 || !tryAdvance(holder)) {
                return null;
            }
            int n = batchSize(batch, s);
            Object[] a = new Object[n];
            int j = 0;
            do {
                a[j] = holder.value;
            } while (++j < n && tryAdvance(holder));
            batch = j;
            if (est != Long.MAX_VALUE) {
                est -= j;
            }
            return new ArraySpliterator<T>(a, 0, j, characteristics());
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }
}
