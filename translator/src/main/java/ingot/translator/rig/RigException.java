package ingot.translator.rig;

/** A boot that cannot be started: a missing tool, file or option that does not fit. */
public final class RigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RigException(String message) {
        super(message);
    }

    public RigException(String message, Throwable cause) {
        super(message, cause);
    }
}
