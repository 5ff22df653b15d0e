package java.lang;

/**
 * Case-insensitive comparison and case conversion of strings: code point by code point, with the
 * one-to-many upper-case mappings, U+0130 lowering to "i\u0307" and the Greek final sigma.
 */
final class CaseFolding {
    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int FINAL_SIGMA = 0x03C2;
    private static final int CAPITAL_I_DOT = 0x0130;

    private CaseFolding() {
    }

    /** The code point at {@code i}, taking a surrogate pair only if both halves lie before {@code end}. */
    private static int codePointAt(char[] v, int i, int end) {
        char c = v[i];
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
            return Character.toCodePoint(c, v[i + 1]);
        }
        return c;
    }

    /** Equal after upper-casing, or after upper- then lower-casing. */
    private static boolean sameIgnoringCase(int cp1, int cp2) {
        if (cp1 == cp2) {
            return true;
        }
        int u1 = Character.toUpperCase(cp1);
        int u2 = Character.toUpperCase(cp2);
        return u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2);
    }

    static boolean regionMatches(char[] a, int ai, char[] b, int bi, int len) {
        int aEnd = ai + len;
        int bEnd = bi + len;
        while (ai < aEnd) {
            int cp1 = codePointAt(a, ai, aEnd);
            int cp2 = codePointAt(b, bi, bEnd);
            if (Character.charCount(cp1) != Character.charCount(cp2)) {
                cp1 = a[ai];
                cp2 = b[bi];
            }
            if (!sameIgnoringCase(cp1, cp2)) {
                return false;
            }
            ai += Character.charCount(cp1);
            bi += Character.charCount(cp2);
        }
        return true;
    }

    static int compare(char[] a, char[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n) {
            int cp1 = codePointAt(a, i, n);
            int cp2 = codePointAt(b, i, n);
            if (Character.charCount(cp1) != Character.charCount(cp2)) {
                cp1 = a[i];
                cp2 = b[i];
            }
            if (cp1 != cp2) {
                int f1 = Character.toLowerCase(Character.toUpperCase(cp1));
                int f2 = Character.toLowerCase(Character.toUpperCase(cp2));
                if (f1 != f2) {
                    return f1 - f2;
                }
            }
            i += Character.charCount(cp1);
        }
        return a.length - b.length;
    }

    static String toLowerCase(String s, char[] v) {
        int first = 0;
        while (first < v.length) {
            int cp = codePointAt(v, first, v.length);
            if (cp == CAPITAL_I_DOT || Character.toLowerCase(cp) != cp) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == v.length) {
            return s;
        }
        StringBuilder sb = new StringBuilder(v.length + 4);
        sb.append(v, 0, first);
        for (int i = first; i < v.length;) {
            int cp = codePointAt(v, i, v.length);
            if (cp == CAPITAL_I_DOT) {
                sb.append("i\u0307");
            } else if (cp == CAPITAL_SIGMA && isFinalSigma(v, i)) {
                sb.appendCodePoint(FINAL_SIGMA);
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String toUpperCase(String s, char[] v) {
        int first = 0;
        while (first < v.length) {
            int cp = codePointAt(v, first, v.length);
            if (Character.toUpperCase(cp) != cp || CharacterProperties.upperExpansion(cp) != null) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == v.length) {
            return s;
        }
        StringBuilder sb = new StringBuilder(v.length + 4);
        sb.append(v, 0, first);
        for (int i = first; i < v.length;) {
            int cp = codePointAt(v, i, v.length);
            String expansion = CharacterProperties.upperExpansion(cp);
            if (expansion != null) {
                sb.append(expansion);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Unicode's Final_Sigma: a cased letter before, none after, case-ignorables skipped. */
    private static boolean isFinalSigma(char[] v, int at) {
        int i = at;
        boolean casedBefore = false;
        while (i > 0) {
            int cp = Character.codePointBefore(v, i, 0);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                casedBefore = isCased(cp);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        i = at + 1;
        while (i < v.length) {
            int cp = codePointAt(v, i, v.length);
            i += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL) {
            return true;
        }
        return cp == '\'' || cp == '.' || cp == ':' || cp == 0x00B7 || cp == 0x0387 || cp == 0x05F4
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2024 || cp == 0x2027 || cp == 0xFE13
                || cp == 0xFE52 || cp == 0xFE55 || cp == 0xFF07 || cp == 0xFF0E || cp == 0xFF1A;
    }
}
