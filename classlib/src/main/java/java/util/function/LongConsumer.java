package java.util.function;

import java.util.Objects;

/** An operation on one long, with no result. */
@FunctionalInterface
public interface LongConsumer {
    void accept(long value);

    default LongConsumer andThen(LongConsumer after) {
        Objects.requireNonNull(after);
        final LongConsumer first = this;
        return new LongConsumer() {
            @Override
            public void accept(long value) {
                first.accept(value);
                after.accept(value);
            }
        };
    }
}
