package java.util;

/** Stack.pop or peek on an empty stack. */
public class EmptyStackException extends RuntimeException {
    public EmptyStackException() {
        super();
    }
}
