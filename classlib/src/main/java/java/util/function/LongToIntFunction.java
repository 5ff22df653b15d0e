package java.util.function;

/** A function of one long to a int. */
@FunctionalInterface
public interface LongToIntFunction {
    int applyAsInt(long value);
}
