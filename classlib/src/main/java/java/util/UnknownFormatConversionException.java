package java.util;

/** An unknown conversion in a format specifier. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private static final long serialVersionUID = 19190115L;

    private final String s;

    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getConversion() {
        return s;
    }

    @Override
    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
