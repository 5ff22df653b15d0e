package java.util;

/** Use of a Formatter after its close(). */
public class FormatterClosedException extends IllegalStateException {
    public FormatterClosedException() {
    }
}
