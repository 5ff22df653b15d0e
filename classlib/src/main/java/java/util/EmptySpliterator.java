package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The empty spliterators of Spliterators (emptySpliterator, emptyIntSpliterator and kin): no
 * elements, never split, SIZED and SUBSIZED; traversals only check their action for null.
 */
abstract class EmptySpliterator<T> implements Spliterator<T> {
    @Override
    public final long estimateSize() {
        return 0;
    }

    @Override
    public final int characteristics() {
        return SIZED | SUBSIZED;
    }

    static final class OfRef<T> extends EmptySpliterator<T> {
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
    }

    static final class OfInt extends EmptySpliterator<Integer> implements Spliterator.OfInt {
        @Override
        public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            return false;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
        }
    }

    static final class OfLong extends EmptySpliterator<Long> implements Spliterator.OfLong {
        @Override
        public Spliterator.OfLong trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            return false;
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
        }
    }

    static final class OfDouble extends EmptySpliterator<Double> implements Spliterator.OfDouble {
        @Override
        public Spliterator.OfDouble trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            return false;
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
        }
    }
}
