package java.util.function;

import java.util.Objects;

/** A function of one value. */
@FunctionalInterface
public interface Function<T, R> {
    R apply(T t);

    default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {
        Objects.requireNonNull(before);
        final Function<T, R> second = this;
        return new Function<V, R>() {
            @Override
            public R apply(V v) {
                return second.apply(before.apply(v));
            }
        };
    }

    default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after);
        final Function<T, R> first = this;
        return new Function<T, V>() {
            @Override
            public V apply(T t) {
                return after.apply(first.apply(t));
            }
        };
    }

    static <T> Function<T, T> identity() {
        return new Function<T, T>() {
            @Override
            public T apply(T t) {
                return t;
            }
        };
    }
}
