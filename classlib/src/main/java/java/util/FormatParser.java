package java.util;

/**
 * Splits a format string into fixed text and specifiers as JDK 17 does: a '%' followed by a valid
 * conversion character is a plain specifier; otherwise the text from the '%' must match
 * {@code %[index$][flags][width][.precision][t|T]conversion}, where the conversion is any ASCII
 * letter or '%' (an invalid one is reported by the specifier), else the character after the '%'
 * is reported as an unknown conversion. The whole string is parsed before anything is printed.
 */
final class FormatParser {
    private FormatParser() {
    }

    static List<FormatPart> parse(String s) {
        List<FormatPart> parts = new ArrayList<>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int percent = s.indexOf('%', i);
            if (percent < 0) {
                parts.add(new FormatPart.FixedText(s, i, max));
                break;
            }
            if (i != percent) {
                parts.add(new FormatPart.FixedText(s, i, percent));
            }
            i = percent + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            if (FormatSpec.isConversion(c)) {
                parts.add(new FormatSpec(c));
                i++;
            } else {
                i = specifier(s, i, parts);
            }
        }
        return parts;
    }

    /** Parses the specifier after the '%' at from - 1; returns the index after it. */
    private static int specifier(String s, int from, List<FormatPart> parts) {
        int max = s.length();
        int j = from;
        int indexStart = -1;
        int indexEnd = digitsEnd(s, j);
        if (indexEnd > j && indexEnd < max && s.charAt(indexEnd) == '$') {
            indexStart = j;
            j = indexEnd + 1;
        }
        int flagsStart = j;
        while (j < max && FormatFlags.isFlag(s.charAt(j))) {
            j++;
        }
        int flagsEnd = j;
        int widthStart = j;
        j = digitsEnd(s, j);
        int widthEnd = j;
        int precisionStart = -1;
        int precisionEnd = -1;
        if (j + 1 < max && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            precisionStart = j + 1;
            j = digitsEnd(s, j + 1);
            precisionEnd = j;
        }
        char dateTime = 0;
        if (j + 1 < max && (s.charAt(j) == 't' || s.charAt(j) == 'T') && isConversionLetter(s.charAt(j + 1))) {
            dateTime = s.charAt(j++);
        }
        if (j >= max || !isConversionLetter(s.charAt(j))) {
            throw new UnknownFormatConversionException(String.valueOf(s.charAt(from)));
        }
        parts.add(new FormatSpec(s, indexStart, indexEnd, flagsStart, flagsEnd, widthStart, widthEnd,
                precisionStart, precisionEnd, dateTime, s.charAt(j)));
        return j + 1;
    }

    private static int digitsEnd(String s, int from) {
        int j = from;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConversionLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%';
    }
}
