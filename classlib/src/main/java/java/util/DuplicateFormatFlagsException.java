package java.util;

/** A flag given twice in one format specifier. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 19190115L;

    private final String flags;

    public DuplicateFormatFlagsException(String flags) {
        if (flags == null) {
            throw new NullPointerException();
        }
        this.flags = flags;
    }

    public String getFlags() {
        return flags;
    }

    @Override
    public String getMessage() {
        return "Flags = '" + flags + "'";
    }
}
