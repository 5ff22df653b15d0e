package ingot.translator.image;

/** An image could not be built: the message says why (a tool missing or failing, a write error). */
public final class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageException(String message) {
        super(message);
    }
}
