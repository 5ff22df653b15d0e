package java.util.function;

import java.util.Objects;

/** An operation on one double, with no result. */
@FunctionalInterface
public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(DoubleConsumer after) {
        Objects.requireNonNull(after);
        final DoubleConsumer first = this;
        return new DoubleConsumer() {
            @Override
            public void accept(double value) {
                first.accept(value);
                after.accept(value);
            }
        };
    }
}
