package java.util.function;

/** An operation on a value and a long, with no result. */
@FunctionalInterface
public interface ObjLongConsumer<T> {
    void accept(T t, long value);
}
