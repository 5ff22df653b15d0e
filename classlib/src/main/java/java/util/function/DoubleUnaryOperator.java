package java.util.function;

import java.util.Objects;

/** A function of one double to a double. */
@FunctionalInterface
public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);

    default DoubleUnaryOperator compose(DoubleUnaryOperator before) {
        Objects.requireNonNull(before);
        final DoubleUnaryOperator second = this;
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return second.applyAsDouble(before.applyAsDouble(v));
            }
        };
    }

    default DoubleUnaryOperator andThen(DoubleUnaryOperator after) {
        Objects.requireNonNull(after);
        final DoubleUnaryOperator first = this;
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double t) {
                return after.applyAsDouble(first.applyAsDouble(t));
            }
        };
    }

    static DoubleUnaryOperator identity() {
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double t) {
                return t;
            }
        };
    }
}
