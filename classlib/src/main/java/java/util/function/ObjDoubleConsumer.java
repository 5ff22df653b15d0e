package java.util.function;

/** An operation on a value and a double, with no result. */
@FunctionalInterface
public interface ObjDoubleConsumer<T> {
    void accept(T t, double value);
}
