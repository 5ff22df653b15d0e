package java.util.function;

import java.util.Objects;

/** A boolean test of one int. */
@FunctionalInterface
public interface IntPredicate {
    boolean test(int value);

    default IntPredicate and(IntPredicate other) {
        Objects.requireNonNull(other);
        final IntPredicate first = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return first.test(value) && other.test(value);
            }
        };
    }

    default IntPredicate negate() {
        final IntPredicate first = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return !first.test(value);
            }
        };
    }

    default IntPredicate or(IntPredicate other) {
        Objects.requireNonNull(other);
        final IntPredicate first = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return first.test(value) || other.test(value);
            }
        };
    }
}
