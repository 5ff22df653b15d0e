package java.util.function;

import java.util.Objects;

/** A boolean test of one value. */
@FunctionalInterface
public interface Predicate<T> {
    boolean test(T t);

    default Predicate<T> and(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        final Predicate<T> first = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return first.test(t) && other.test(t);
            }
        };
    }

    default Predicate<T> negate() {
        final Predicate<T> first = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return !first.test(t);
            }
        };
    }

    default Predicate<T> or(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        final Predicate<T> first = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return first.test(t) || other.test(t);
            }
        };
    }

    static <T> Predicate<T> isEqual(final Object targetRef) {
        return new Predicate<T>() {
            @Override
            public boolean test(T object) {
                return Objects.equals(targetRef, object);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
