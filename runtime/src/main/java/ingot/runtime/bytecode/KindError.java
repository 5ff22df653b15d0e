package ingot.runtime.bytecode;

/** A bytecode that cannot be typed; {@link KindAnalysis} turns it into a VerifyError with the method and pc. */
final class KindError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KindError(String message) {
        super(message);
    }
}
