package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * An iterator of primitive values (OfInt, OfLong, OfDouble): next() boxes nextInt() and its kin;
 * forEachRemaining takes the primitive consumer, or a boxed Consumer (checked for null first,
 * passed through when it is also the primitive consumer, else given boxed values), as the JDK's.
 */
public interface PrimitiveIterator<T, C> extends Iterator<T> {
    @SuppressWarnings("overloads")
    void forEachRemaining(C action);

    /** An iterator of int values. */
    interface OfInt extends PrimitiveIterator<Integer, IntConsumer> {
        int nextInt();

        @Override
        default void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextInt());
            }
        }

        @Override
        default Integer next() {
            return nextInt();
        }

        @Override
        default void forEachRemaining(Consumer<? super Integer> action) {
            forEachRemaining(BoxingConsumers.ofInt(Objects.requireNonNull(action)));
        }
    }

    /** An iterator of long values. */
    interface OfLong extends PrimitiveIterator<Long, LongConsumer> {
        long nextLong();

        @Override
        default void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextLong());
            }
        }

        @Override
        default Long next() {
            return nextLong();
        }

        @Override
        default void forEachRemaining(Consumer<? super Long> action) {
            forEachRemaining(BoxingConsumers.ofLong(Objects.requireNonNull(action)));
        }
    }

    /** An iterator of double values. */
    interface OfDouble extends PrimitiveIterator<Double, DoubleConsumer> {
        double nextDouble();

        @Override
        default void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextDouble());
            }
        }

        @Override
        default Double next() {
            return nextDouble();
        }

        @Override
        default void forEachRemaining(Consumer<? super Double> action) {
            forEachRemaining(BoxingConsumers.ofDouble(Objects.requireNonNull(action)));
        }
    }
}
