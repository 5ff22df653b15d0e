package java.util;

/**
 * The flags of a format specifier as bits (the first three are FormattableFlags'), their parsing
 * and their printed form in the Formatter's exception messages (always in the order "-^#+ 0,(<",
 * '^' standing for an upper-case conversion).
 */
final class FormatFlags {
    static final int LEFT_JUSTIFY = 1 << 0;
    static final int UPPERCASE = 1 << 1;
    static final int ALTERNATE = 1 << 2;
    static final int PLUS = 1 << 3;
    static final int LEADING_SPACE = 1 << 4;
    static final int ZERO_PAD = 1 << 5;
    static final int GROUP = 1 << 6;
    static final int PARENTHESES = 1 << 7;
    static final int PREVIOUS = 1 << 8;

    /** The flag characters in bit order ('^' is not a user flag). */
    private static final String CHARS = "-^#+ 0,(<";

    private FormatFlags() {
    }

    /** Whether c is a flag character a specifier may carry. */
    static boolean isFlag(char c) {
        return c != '^' && CHARS.indexOf(c) >= 0;
    }

    /** The flags of s[start, end), each at most once (else DuplicateFormatFlagsException). */
    static int parse(String s, int start, int end) {
        int flags = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int bit = isFlag(c) ? 1 << CHARS.indexOf(c) : 0;
            if (bit == 0) {
                throw new UnknownFormatFlagsException(String.valueOf(c));
            }
            if ((flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(toString(bit));
            }
            flags |= bit;
        }
        return flags;
    }

    static String toString(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CHARS.length(); i++) {
            if ((flags & (1 << i)) != 0) {
                sb.append(CHARS.charAt(i));
            }
        }
        return sb.toString();
    }
}
