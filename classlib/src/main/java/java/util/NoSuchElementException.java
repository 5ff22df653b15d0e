package java.util;

/** The requested element does not exist. */
public class NoSuchElementException extends RuntimeException {
    public NoSuchElementException() {
        super();
    }

    public NoSuchElementException(String s) {
        super(s);
    }

    public NoSuchElementException(String s, Throwable cause) {
        super(s, cause);
    }

    /** The message is the cause's toString, as with the other cause constructors. */
    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
