package java.util.function;

/** A function of two ints to a int. */
@FunctionalInterface
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}
