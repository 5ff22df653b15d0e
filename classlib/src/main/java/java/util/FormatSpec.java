package java.util;

import java.io.IOException;

/**
 * One format specifier: argument index, flags, width, precision (-1 when absent) and conversion
 * (lower case; FormatFlags.UPPERCASE records an upper-case one). The constructor checks it as
 * JDK 17 does, in the same order, so the same bad specifier raises the same exception; printing
 * dispatches by conversion (numbers to IntegerPrinter and FloatPrinter).
 */
final class FormatSpec extends FormatPart {
    private int index = NEXT_ARGUMENT;
    int flags;
    int width = -1;
    int precision = -1;
    /** 't' or 'T' before a date/time conversion, else 0. */
    private char dateTime;
    /** The conversion character, lower case. */
    char c;
    /**
     * The locale of the print under way (null: none), the formatter's own, and the number
     * symbols, found when needed.
     */
    private Locale locale;
    private Locale formatterLocale;
    private NumberSymbols symbols;

    /** Whether c is a conversion of its own (a '%' followed by it needs no further parsing). */
    static boolean isConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 's': case 'S': case 'h': case 'H': case 'c': case 'C': case 'd': case 'o':
            case 'x': case 'X': case 'e': case 'E': case 'g': case 'G': case 'f': case 'a': case 'A': case 'n':
            case '%':
                return true;
            default:
                return false;
        }
    }

    /** A specifier that is just a conversion character: unchecked, as in the JDK. */
    FormatSpec(char conversion) {
        c = conversion;
        if (isUpper(conversion)) {
            flags = FormatFlags.UPPERCASE;
            c = Character.toLowerCase(conversion);
        }
        if (isText(c)) {
            index = NO_ARGUMENT;
        }
    }

    /** A specifier from its parts in s (a start of -1: the part is absent). */
    FormatSpec(String s, int indexStart, int indexEnd, int flagsStart, int flagsEnd, int widthStart, int widthEnd,
            int precisionStart, int precisionEnd, char dateTime, char conversion) {
        if (indexStart >= 0) {
            index = count(s, indexStart, indexEnd);
            if (index <= 0) {
                throw new IllegalFormatArgumentIndexException(index < 0 ? Integer.MIN_VALUE : index);
            }
        }
        flags = FormatFlags.parse(s, flagsStart, flagsEnd);
        if ((flags & FormatFlags.PREVIOUS) != 0) {
            index = PREVIOUS_ARGUMENT;
        }
        if (widthEnd > widthStart) {
            width = count(s, widthStart, widthEnd);
            if (width < 0) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
        }
        if (precisionStart >= 0) {
            precision = count(s, precisionStart, precisionEnd);
            if (precision < 0) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
        }
        this.dateTime = dateTime;
        if (dateTime == 'T') {
            flags |= FormatFlags.UPPERCASE;
        }
        c = conversion;
        if (dateTime == 0) {
            if (!isConversion(c)) {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
            if (isUpper(c)) {
                flags |= FormatFlags.UPPERCASE;
                c = Character.toLowerCase(c);
            }
            if (isText(c)) {
                index = NO_ARGUMENT;
            }
            check();
        } else {
            checkDateTime();
        }
    }

    /** The decimal number of s[start, end), or -1 if it does not fit in an int. */
    private static int count(String s, int start, int end) {
        long v = 0;
        for (int i = start; i < end; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) v;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isText(char c) {
        return c == 'n' || c == '%';
    }

    @Override
    int index() {
        return index;
    }

    /**
     * The digits and separators of the locale being printed for; with none (null), JDK 17 takes
     * the separators of Locale.US but the digits of the formatter's own locale.
     */
    NumberSymbols symbols() {
        if (symbols == null) {
            symbols = NumberSymbols.of(locale);
            if (locale == null) {
                symbols = symbols.withZero(NumberSymbols.of(formatterLocale).zero);
            }
        }
        return symbols;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    // ---- checks, in the JDK's order ----

    private void check() {
        switch (c) {
            case 'b': case 'h': case 's':
                checkGeneral();
                break;
            case 'c':
                checkCharacter();
                break;
            case 'd': case 'o': case 'x':
                checkInteger();
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkFloat();
                break;
            default:
                checkText();
        }
    }

    private void checkGeneral() {
        if ((c == 'b' || c == 'h') && has(FormatFlags.ALTERNATE)) {
            throw mismatch(FormatFlags.ALTERNATE);
        }
        requireWidthForLeftJustify();
        checkBadFlags(FormatFlags.PLUS, FormatFlags.LEADING_SPACE, FormatFlags.ZERO_PAD, FormatFlags.GROUP,
                FormatFlags.PARENTHESES);
    }

    private void checkDateTime() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if ("HIklMNLQpsSTzZaAbBCdehjmyYrRcDF".indexOf(c) < 0) {
            throw new UnknownFormatConversionException("t" + c);
        }
        checkBadFlags(FormatFlags.ALTERNATE, FormatFlags.PLUS, FormatFlags.LEADING_SPACE, FormatFlags.ZERO_PAD,
                FormatFlags.GROUP, FormatFlags.PARENTHESES);
        requireWidthForLeftJustify();
    }

    private void checkCharacter() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(FormatFlags.ALTERNATE, FormatFlags.PLUS, FormatFlags.LEADING_SPACE, FormatFlags.ZERO_PAD,
                FormatFlags.GROUP, FormatFlags.PARENTHESES);
        requireWidthForLeftJustify();
    }

    private void checkInteger() {
        checkNumeric();
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(c == 'd' ? FormatFlags.ALTERNATE : FormatFlags.GROUP);
    }

    private void checkFloat() {
        checkNumeric();
        if (c == 'a') {
            checkBadFlags(FormatFlags.PARENTHESES, FormatFlags.GROUP);
        } else if (c == 'e') {
            checkBadFlags(FormatFlags.GROUP);
        } else if (c == 'g') {
            checkBadFlags(FormatFlags.ALTERNATE);
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(FormatFlags.LEFT_JUSTIFY) || has(FormatFlags.ZERO_PAD))) {
            throw new MissingFormatWidthException(toString());
        }
        if (has(FormatFlags.PLUS) && has(FormatFlags.LEADING_SPACE)
                || has(FormatFlags.LEFT_JUSTIFY) && has(FormatFlags.ZERO_PAD)) {
            throw new IllegalFormatFlagsException(FormatFlags.toString(flags));
        }
    }

    private void checkText() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (c == '%') {
            if (flags != FormatFlags.LEFT_JUSTIFY && flags != 0) {
                throw new IllegalFormatFlagsException(FormatFlags.toString(flags));
            }
            requireWidthForLeftJustify();
        } else {
            if (width != -1) {
                throw new IllegalFormatWidthException(width);
            }
            if (flags != 0) {
                throw new IllegalFormatFlagsException(FormatFlags.toString(flags));
            }
        }
    }

    private void requireWidthForLeftJustify() {
        if (width == -1 && has(FormatFlags.LEFT_JUSTIFY)) {
            throw new MissingFormatWidthException(toString());
        }
    }

    /** Fails with the first of the given flags (in the order given) that this specifier carries. */
    void checkBadFlags(int... bad) {
        for (int flag : bad) {
            if (has(flag)) {
                throw mismatch(flag);
            }
        }
    }

    FormatFlagsConversionMismatchException mismatch(int flag) {
        return new FormatFlagsConversionMismatchException(FormatFlags.toString(flag), c);
    }

    IllegalFormatConversionException conversionFailure(Object arg) {
        return new IllegalFormatConversionException(c, arg.getClass());
    }

    // ---- printing ----

    @Override
    void print(Formatter formatter, Appendable out, Object arg, Locale l) throws IOException {
        locale = l;
        formatterLocale = formatter.ownLocale();
        symbols = null;
        if (dateTime != 0) {
            if (arg != null) {
                throw conversionFailure(arg);
            }
            printText(out, "null");
            return;
        }
        switch (c) {
            case 'd': case 'o': case 'x':
                IntegerPrinter.print(this, out, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                FloatPrinter.print(this, out, arg);
                break;
            case 'c':
                printCharacter(out, arg);
                break;
            case 'b':
                printText(out, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                break;
            case 's':
                printString(formatter, out, arg);
                break;
            case 'h':
                printText(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                out.append(System.lineSeparator());
                break;
            default:
                printText(out, "%");
        }
    }

    private void printCharacter(Appendable out, Object arg) throws IOException {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        int codePoint;
        if (arg instanceof Character) {
            codePoint = ((Character) arg).charValue();
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            codePoint = ((Number) arg).intValue();
            if (!Character.isValidCodePoint(codePoint)) {
                throw new IllegalFormatCodePointException(codePoint);
            }
        } else {
            throw conversionFailure(arg);
        }
        printText(out, new String(Character.toChars(codePoint)));
    }

    private void printString(Formatter formatter, Appendable out, Object arg) throws IOException {
        if (arg instanceof Formattable) {
            ((Formattable) arg).formatTo(formatter, flags, width, precision);
            return;
        }
        if (has(FormatFlags.ALTERNATE)) {
            throw mismatch(FormatFlags.ALTERNATE);
        }
        printText(out, arg == null ? "null" : arg.toString());
    }

    /** Text cut to the precision, upper-cased if asked, justified to the width. */
    void printText(Appendable out, String s) throws IOException {
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        if (has(FormatFlags.UPPERCASE)) {
            s = s.toUpperCase(locale != null ? locale : Locale.getDefault(Locale.Category.FORMAT));
        }
        justify(out, s);
    }

    /** Appends cs padded with spaces to the width, on the right with '-', else on the left. */
    void justify(Appendable out, CharSequence cs) throws IOException {
        int pad = width - cs.length();
        boolean left = has(FormatFlags.LEFT_JUSTIFY);
        if (left) {
            out.append(cs);
        }
        for (int i = 0; i < pad; i++) {
            out.append(' ');
        }
        if (!left) {
            out.append(cs);
        }
    }

    /** The specifier as the JDK prints it in messages: flags before the index. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(FormatFlags.toString(flags & ~FormatFlags.UPPERCASE));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        if (dateTime != 0) {
            sb.append(has(FormatFlags.UPPERCASE) ? 'T' : 't');
        }
        sb.append(has(FormatFlags.UPPERCASE) ? Character.toUpperCase(c) : c);
        return sb.toString();
    }
}
