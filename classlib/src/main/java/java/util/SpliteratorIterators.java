package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The iterators of Spliterators.iterator: each holds the one element a tryAdvance handed over
 * (hasNext advances the spliterator, next takes the held element); forEachRemaining hands over
 * the held element, then the spliterator's rest. As the JDK's adapters.
 */
final class SpliteratorIterators {
    private SpliteratorIterators() {
    }

    static final class OfRef<T> implements Iterator<T>, Consumer<T> {
        private final Spliterator<? extends T> spliterator;
        private boolean valueReady;
        private T nextElement;

        OfRef(Spliterator<? extends T> spliterator) {
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

    static final class OfInt implements PrimitiveIterator.OfInt, IntConsumer {
        private final Spliterator.OfInt spliterator;
        private boolean valueReady;
        private int nextElement;

        OfInt(Spliterator.OfInt spliterator) {
            this.spliterator = spliterator;
        }

        @Override
        public void accept(int t) {
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
        public int nextInt() {
            if (!valueReady && !hasNext()) {
                throw new NoSuchElementException();
            }
            valueReady = false;
            return nextElement;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            if (valueReady) {
                valueReady = false;
                action.accept(nextElement);
            }
            spliterator.forEachRemaining(action);
        }
    }

    static final class OfLong implements PrimitiveIterator.OfLong, LongConsumer {
        private final Spliterator.OfLong spliterator;
        private boolean valueReady;
        private long nextElement;

        OfLong(Spliterator.OfLong spliterator) {
            this.spliterator = spliterator;
        }

        @Override
        public void accept(long t) {
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
        public long nextLong() {
            if (!valueReady && !hasNext()) {
                throw new NoSuchElementException();
            }
            valueReady = false;
            return nextElement;
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            if (valueReady) {
                valueReady = false;
                action.accept(nextElement);
            }
            spliterator.forEachRemaining(action);
        }
    }

    static final class OfDouble implements PrimitiveIterator.OfDouble, DoubleConsumer {
        private final Spliterator.OfDouble spliterator;
        private boolean valueReady;
        private double nextElement;

        OfDouble(Spliterator.OfDouble spliterator) {
            this.spliterator = spliterator;
        }

        @Override
        public void accept(double t) {
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
        public double nextDouble() {
            if (!valueReady && !hasNext()) {
                throw new NoSuchElementException();
            }
            valueReady = false;
            return nextElement;
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (valueReady) {
                valueReady = false;
                action.accept(nextElement);
            }
            spliterator.forEachRemaining(action);
        }
    }
}
