package java.util.function;

/** An operation on a value and a int, with no result. */
@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
