package ingot.translator;

/** Input the command cannot use: reported as one {@code error:} line and exit status 1. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
