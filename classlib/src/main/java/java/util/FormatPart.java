package java.util;

import java.io.IOException;

/**
 * One piece of a parsed format string: fixed text or a format specifier. {@link #index} says which
 * argument it prints: -2 none, -1 the previous one ('<'), 0 the next ordinary one, n the n-th.
 */
abstract class FormatPart {
    static final int NO_ARGUMENT = -2;
    static final int PREVIOUS_ARGUMENT = -1;
    static final int NEXT_ARGUMENT = 0;

    abstract int index();

    /** Appends this part, formatting {@code arg} for locale {@code l}, to the formatter's destination. */
    abstract void print(Formatter formatter, Appendable out, Object arg, Locale l) throws IOException;

    /** Text between specifiers. */
    static final class FixedText extends FormatPart {
        private final String s;
        private final int start;
        private final int end;

        FixedText(String s, int start, int end) {
            this.s = s;
            this.start = start;
            this.end = end;
        }

        @Override
        int index() {
            return NO_ARGUMENT;
        }

        @Override
        void print(Formatter formatter, Appendable out, Object arg, Locale l) throws IOException {
            out.append(s, start, end);
        }

        @Override
        public String toString() {
            return s.substring(start, end);
        }
    }
}
