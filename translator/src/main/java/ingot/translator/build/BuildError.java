package ingot.translator.build;

/** The image cannot be built from these classes: a missing class or member, or code the compiler refuses. */
public final class BuildError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildError(String message) {
        super(message);
    }
}
