package java.util.function;

import java.util.Objects;

/** An operation on two values, with no result. */
@FunctionalInterface
public interface BiConsumer<T, U> {
    void accept(T t, U u);

    default BiConsumer<T, U> andThen(BiConsumer<? super T, ? super U> after) {
        Objects.requireNonNull(after);
        final BiConsumer<T, U> first = this;
        return new BiConsumer<T, U>() {
            @Override
            public void accept(T t, U u) {
                first.accept(t, u);
                after.accept(t, u);
            }
        };
    }
}
