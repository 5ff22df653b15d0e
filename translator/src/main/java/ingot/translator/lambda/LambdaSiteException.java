package ingot.translator.lambda;

/**
 * A LambdaMetafactory call site no class can be made for: malformed bootstrap arguments, or what
 * the metafactory itself refuses with a LambdaConversionException (a handle kind it does not
 * take, types it cannot adapt).
 */
public final class LambdaSiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LambdaSiteException(String message) {
        super(message);
    }
}
