package java.util.function;

/** A function of one double to a int. */
@FunctionalInterface
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
