package java.util;

/** Marks lists with fast (constant-time) positional access. */
public interface RandomAccess {
}
