package java.util.function;

/** A function of one value to a int. */
@FunctionalInterface
public interface ToIntFunction<T> {
    int applyAsInt(T value);
}
