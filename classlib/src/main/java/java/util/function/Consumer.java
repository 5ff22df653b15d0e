package java.util.function;

import java.util.Objects;

/** An operation on one value, with no result. */
@FunctionalInterface
public interface Consumer<T> {
    void accept(T t);

    default Consumer<T> andThen(Consumer<? super T> after) {
        Objects.requireNonNull(after);
        final Consumer<T> first = this;
        return new Consumer<T>() {
            @Override
            public void accept(T t) {
                first.accept(t);
                after.accept(t);
            }
        };
    }
}
