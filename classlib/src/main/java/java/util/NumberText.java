package java.util;

/**
 * The parts of a formatted number the integer and floating-point conversions share: the sign
 * ('+', ' ', '-' or parentheses, in every locale), digits in the locale's digits grouped by three
 * with its grouping separator before its decimal separator, and zero padding (the locale's zero)
 * inserted after the sign up to a width.
 */
final class NumberText {
    private NumberText() {
    }

    static void leadingSign(FormatSpec spec, StringBuilder sb, boolean negative) {
        if (!negative) {
            if (spec.has(FormatFlags.PLUS)) {
                sb.append('+');
            } else if (spec.has(FormatFlags.LEADING_SPACE)) {
                sb.append(' ');
            }
        } else {
            sb.append(spec.has(FormatFlags.PARENTHESES) ? '(' : '-');
        }
    }

    static void trailingSign(FormatSpec spec, StringBuilder sb, boolean negative) {
        if (negative && spec.has(FormatFlags.PARENTHESES)) {
            sb.append(')');
        }
    }

    /** The width left for the number and its leading sign: one less for a closing parenthesis. */
    static int adjustWidth(FormatSpec spec, int width, boolean negative) {
        return width != -1 && negative && spec.has(FormatFlags.PARENTHESES) ? width - 1 : width;
    }

    /**
     * Appends the digits of value from offset (ASCII, with at most one '.') in the locale's
     * symbols, grouped if the flag says so, then zero-pads what this call appended, and what sb
     * held before it, up to width.
     */
    static void magnitude(FormatSpec spec, StringBuilder sb, CharSequence value, int offset, int width) {
        NumberSymbols symbols = spec.symbols();
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = spec.has(FormatFlags.GROUP) && symbols.grouping != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append(symbols.decimal);
                group = false;
                continue;
            }
            sb.append(symbols.digit(value.charAt(j)));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                sb.append(symbols.grouping);
            }
        }
        if (width > sb.length() && spec.has(FormatFlags.ZERO_PAD)) {
            sb.insert(begin, zeros(width - sb.length(), symbols.zero));
        }
    }

    /** Appends an exponent's sign and digits ("+05") in the locale's digits. */
    static void exponent(FormatSpec spec, StringBuilder sb, String exponent) {
        NumberSymbols symbols = spec.symbols();
        sb.append(exponent.charAt(0));
        for (int j = 1; j < exponent.length(); j++) {
            sb.append(symbols.digit(exponent.charAt(j)));
        }
    }

    private static String zeros(int n, char zero) {
        char[] z = new char[n];
        for (int i = 0; i < n; i++) {
            z[i] = zero;
        }
        return new String(z);
    }

    static void appendZeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
