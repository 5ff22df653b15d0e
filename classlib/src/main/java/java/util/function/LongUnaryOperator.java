package java.util.function;

import java.util.Objects;

/** A function of one long to a long. */
@FunctionalInterface
public interface LongUnaryOperator {
    long applyAsLong(long operand);

    default LongUnaryOperator compose(LongUnaryOperator before) {
        Objects.requireNonNull(before);
        final LongUnaryOperator second = this;
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long v) {
                return second.applyAsLong(before.applyAsLong(v));
            }
        };
    }

    default LongUnaryOperator andThen(LongUnaryOperator after) {
        Objects.requireNonNull(after);
        final LongUnaryOperator first = this;
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long t) {
                return after.applyAsLong(first.applyAsLong(t));
            }
        };
    }

    static LongUnaryOperator identity() {
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long t) {
                return t;
            }
        };
    }
}
