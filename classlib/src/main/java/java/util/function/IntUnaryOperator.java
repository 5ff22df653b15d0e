package java.util.function;

import java.util.Objects;

/** A function of one int to a int. */
@FunctionalInterface
public interface IntUnaryOperator {
    int applyAsInt(int operand);

    default IntUnaryOperator compose(IntUnaryOperator before) {
        Objects.requireNonNull(before);
        final IntUnaryOperator second = this;
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int v) {
                return second.applyAsInt(before.applyAsInt(v));
            }
        };
    }

    default IntUnaryOperator andThen(IntUnaryOperator after) {
        Objects.requireNonNull(after);
        final IntUnaryOperator first = this;
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int t) {
                return after.applyAsInt(first.applyAsInt(t));
            }
        };
    }

    static IntUnaryOperator identity() {
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int t) {
                return t;
            }
        };
    }
}
