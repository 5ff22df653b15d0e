package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Factories of spliterators over arrays, collections and iterators (of objects, ints, longs and
 * doubles), the empty spliterators, iterators over spliterators, and the abstract bases
 * {@link AbstractSpliterator}, {@link AbstractIntSpliterator}, {@link AbstractLongSpliterator}
 * and {@link AbstractDoubleSpliterator}, as the JDK's.
 */
public final class Spliterators {
    /** The first batch a splitting iterator-based spliterator copies out, and its growth. */
    static final int BATCH_UNIT = 1 << 10;
    static final int MAX_BATCH = 1 << 25;
    private static final Spliterator<Object> EMPTY_SPLITERATOR = new EmptySpliterator.OfRef<Object>();
    private static final Spliterator.OfInt EMPTY_INT_SPLITERATOR = new EmptySpliterator.OfInt();
    private static final Spliterator.OfLong EMPTY_LONG_SPLITERATOR = new EmptySpliterator.OfLong();
    private static final Spliterator.OfDouble EMPTY_DOUBLE_SPLITERATOR = new EmptySpliterator.OfDouble();

    private Spliterators() {
    }

    @SuppressWarnings("unchecked")
    public static <T> Spliterator<T> emptySpliterator() {
        return (Spliterator<T>) EMPTY_SPLITERATOR;
    }

    public static Spliterator.OfInt emptyIntSpliterator() {
        return EMPTY_INT_SPLITERATOR;
    }

    public static Spliterator.OfLong emptyLongSpliterator() {
        return EMPTY_LONG_SPLITERATOR;
    }

    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return EMPTY_DOUBLE_SPLITERATOR;
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

    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        int[] a = Objects.requireNonNull(array);
        return new IntArraySpliterator(a, 0, a.length, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new IntArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        long[] a = Objects.requireNonNull(array);
        return new LongArraySpliterator(a, 0, a.length, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new LongArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        double[] a = Objects.requireNonNull(array);
        return new DoubleArraySpliterator(a, 0, a.length, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new DoubleArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
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

    public static Spliterator.OfInt spliterator(PrimitiveIterator.OfInt iterator, long size, int characteristics) {
        return new IntIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static Spliterator.OfInt spliteratorUnknownSize(PrimitiveIterator.OfInt iterator, int characteristics) {
        return new IntIteratorSpliterator(Objects.requireNonNull(iterator), characteristics);
    }

    public static Spliterator.OfLong spliterator(PrimitiveIterator.OfLong iterator, long size, int characteristics) {
        return new LongIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static Spliterator.OfLong spliteratorUnknownSize(PrimitiveIterator.OfLong iterator, int characteristics) {
        return new LongIteratorSpliterator(Objects.requireNonNull(iterator), characteristics);
    }

    public static Spliterator.OfDouble spliterator(PrimitiveIterator.OfDouble iterator, long size, int characteristics) {
        return new DoubleIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static Spliterator.OfDouble spliteratorUnknownSize(PrimitiveIterator.OfDouble iterator,
            int characteristics) {
        return new DoubleIteratorSpliterator(Objects.requireNonNull(iterator), characteristics);
    }

    /** An iterator that takes its elements from {@code spliterator} one tryAdvance at a time. */
    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        return new SpliteratorIterators.OfRef<T>(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        return new SpliteratorIterators.OfInt(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        return new SpliteratorIterators.OfLong(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        return new SpliteratorIterators.OfDouble(Objects.requireNonNull(spliterator));
    }

    /** Characteristics given with a size: SIZED and SUBSIZED added unless CONCURRENT. */
    static int sizedUnlessConcurrent(int characteristics) {
        return (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
    }

    /** Characteristics of a spliterator of unknown size: without SIZED and SUBSIZED. */
    static int unsized(int characteristics) {
        return characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    /** Characteristics given to an Abstract*Spliterator: SUBSIZED added to SIZED. */
    static int subsizedIfSized(int characteristics) {
        return (characteristics & Spliterator.SIZED) != 0 ? characteristics | Spliterator.SUBSIZED : characteristics;
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
            this.characteristics = subsizedIfSized(additionalCharacteristics);
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

    /**
     * A base for int spliterators that only know how to advance: splitting copies the next batch
     * of values (by tryAdvance) into a int[] spliterator, as the JDK's.
     */
    public abstract static class AbstractIntSpliterator implements Spliterator.OfInt {
        private final int characteristics;
        private long est;
        private int batch;

        protected AbstractIntSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = subsizedIfSized(additionalCharacteristics);
        }

        /** Keeps the last value it was given. */
        private static final class Holder implements IntConsumer {
            int value;

            @Override
            public void accept(int value) {
                this.value = value;
            }
        }

        @Override
        public Spliterator.OfInt trySplit() {
            Holder holder = new Holder();
            long s = est;
            if (s <= 1 || !tryAdvance(holder)) {
                return null;
            }
            int n = batchSize(batch, s);
            int[] a = new int[n];
            int j = 0;
            do {
                a[j] = holder.value;
            } while (++j < n && tryAdvance(holder));
            batch = j;
            if (est != Long.MAX_VALUE) {
                est -= j;
            }
            return new IntArraySpliterator(a, 0, j, characteristics());
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

    /**
     * A base for long spliterators that only know how to advance: splitting copies the next batch
     * of values (by tryAdvance) into a long[] spliterator, as the JDK's.
     */
    public abstract static class AbstractLongSpliterator implements Spliterator.OfLong {
        private final int characteristics;
        private long est;
        private int batch;

        protected AbstractLongSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = subsizedIfSized(additionalCharacteristics);
        }

        /** Keeps the last value it was given. */
        private static final class Holder implements LongConsumer {
            long value;

            @Override
            public void accept(long value) {
                this.value = value;
            }
        }

        @Override
        public Spliterator.OfLong trySplit() {
            Holder holder = new Holder();
            long s = est;
            if (s <= 1 || !tryAdvance(holder)) {
                return null;
            }
            int n = batchSize(batch, s);
            long[] a = new long[n];
            int j = 0;
            do {
                a[j] = holder.value;
            } while (++j < n && tryAdvance(holder));
            batch = j;
            if (est != Long.MAX_VALUE) {
                est -= j;
            }
            return new LongArraySpliterator(a, 0, j, characteristics());
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

    /**
     * A base for double spliterators that only know how to advance: splitting copies the next batch
     * of values (by tryAdvance) into a double[] spliterator, as the JDK's.
     */
    public abstract static class AbstractDoubleSpliterator implements Spliterator.OfDouble {
        private final int characteristics;
        private long est;
        private int batch;

        protected AbstractDoubleSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = subsizedIfSized(additionalCharacteristics);
        }

        /** Keeps the last value it was given. */
        private static final class Holder implements DoubleConsumer {
            double value;

            @Override
            public void accept(double value) {
                this.value = value;
            }
        }

        @Override
        public Spliterator.OfDouble trySplit() {
            Holder holder = new Holder();
            long s = est;
            if (s <= 1 || !tryAdvance(holder)) {
                return null;
            }
            int n = batchSize(batch, s);
            double[] a = new double[n];
            int j = 0;
            do {
                a[j] = holder.value;
            } while (++j < n && tryAdvance(holder));
            batch = j;
            if (est != Long.MAX_VALUE) {
                est -= j;
            }
            return new DoubleArraySpliterator(a, 0, j, characteristics());
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
