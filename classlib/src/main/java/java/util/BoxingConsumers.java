package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The primitive consumer a primitive spliterator or iterator traverses with when given a boxed
 * Consumer: the Consumer itself if it is also the primitive consumer, else an adapter that boxes
 * each value for it (the JDK's {@code action::accept}; a null Consumer is a NullPointerException
 * here, before any element is taken).
 */
final class BoxingConsumers {
    private BoxingConsumers() {
    }

    static IntConsumer ofInt(Consumer<? super Integer> action) {
        if (action instanceof IntConsumer) {
            return (IntConsumer) action;
        }
        return new BoxingInt(Objects.requireNonNull(action));
    }

    static LongConsumer ofLong(Consumer<? super Long> action) {
        if (action instanceof LongConsumer) {
            return (LongConsumer) action;
        }
        return new BoxingLong(Objects.requireNonNull(action));
    }

    static DoubleConsumer ofDouble(Consumer<? super Double> action) {
        if (action instanceof DoubleConsumer) {
            return (DoubleConsumer) action;
        }
        return new BoxingDouble(Objects.requireNonNull(action));
    }

    private static final class BoxingInt implements IntConsumer {
        private final Consumer<? super Integer> action;

        BoxingInt(Consumer<? super Integer> action) {
            this.action = action;
        }

        @Override
        public void accept(int value) {
            action.accept(Integer.valueOf(value));
        }
    }

    private static final class BoxingLong implements LongConsumer {
        private final Consumer<? super Long> action;

        BoxingLong(Consumer<? super Long> action) {
            this.action = action;
        }

        @Override
        public void accept(long value) {
            action.accept(Long.valueOf(value));
        }
    }

    private static final class BoxingDouble implements DoubleConsumer {
        private final Consumer<? super Double> action;

        BoxingDouble(Consumer<? super Double> action) {
            this.action = action;
        }

        @Override
        public void accept(double value) {
            action.accept(Double.valueOf(value));
        }
    }
}
