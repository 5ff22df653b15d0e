package java.util;

/**
 * The parts of a formatted number the integer and floating-point conversions share (Locale.US
 * symbols): the sign ('+', ' ', '-' or parentheses), digits grouped by three with ',' before the
 * '.', and zero padding inserted after the sign up to a width.
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
     * Appends the digits of value from offset (with at most one '.'), grouped if the flag says
     * so, then zero-pads what this call appended, and what sb held before it, up to width.
     */
    static void magnitude(FormatSpec spec, StringBuilder sb, CharSequence value, int offset, int width) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = spec.has(FormatFlags.GROUP);
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if (width > sb.length() && spec.has(FormatFlags.ZERO_PAD)) {
            sb.insert(begin, zeros(width - sb.length()));
        }
    }

    static String zeros(int n) {
        char[] z = new char[n];
        for (int i = 0; i < n; i++) {
            z[i] = '0';
        }
        return new String(z);
    }

    static void appendZeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
