package java.util;

/** A combination of flags that is not allowed. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 19190115L;

    private final String flags;

    public IllegalFormatFlagsException(String flags) {
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
