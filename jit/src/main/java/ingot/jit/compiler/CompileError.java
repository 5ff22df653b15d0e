package ingot.jit.compiler;

/** A method the compiler cannot compile, with the reason and where. */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompileError(String message) {
        super(message);
    }
}
