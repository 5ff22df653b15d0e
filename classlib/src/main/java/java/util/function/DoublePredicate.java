package java.util.function;

import java.util.Objects;

/** A boolean test of one double. */
@FunctionalInterface
public interface DoublePredicate {
    boolean test(double value);

    default DoublePredicate and(DoublePredicate other) {
        Objects.requireNonNull(other);
        final DoublePredicate first = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return first.test(value) && other.test(value);
            }
        };
    }

    default DoublePredicate negate() {
        final DoublePredicate first = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return !first.test(value);
            }
        };
    }

    default DoublePredicate or(DoublePredicate other) {
        Objects.requireNonNull(other);
        final DoublePredicate first = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return first.test(value) || other.test(value);
            }
        };
    }
}
