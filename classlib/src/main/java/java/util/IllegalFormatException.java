package java.util;

/** The base of the Formatter's exceptions for bad format strings and arguments. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {
    }
}
