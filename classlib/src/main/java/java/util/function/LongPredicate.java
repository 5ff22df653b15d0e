package java.util.function;

import java.util.Objects;

/** A boolean test of one long. */
@FunctionalInterface
public interface LongPredicate {
    boolean test(long value);

    default LongPredicate and(LongPredicate other) {
        Objects.requireNonNull(other);
        final LongPredicate first = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return first.test(value) && other.test(value);
            }
        };
    }

    default LongPredicate negate() {
        final LongPredicate first = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return !first.test(value);
            }
        };
    }

    default LongPredicate or(LongPredicate other) {
        Objects.requireNonNull(other);
        final LongPredicate first = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return first.test(value) || other.test(value);
            }
        };
    }
}
