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
    static int codePointAt(char[] v, int i, int end) {
        char c = v[i];
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
            return Character.toCodePoint(c, v[i + 1]);
        }
        return c;
    }

    /** The JDK's comparison of two code points ignoring case: upper, then lower, then difference. */
    private static int compareIgnoringCase(int cp1, int cp2) {
        int u1 = Character.toUpperCase(cp1);
        int u2 = Character.toUpperCase(cp2);
        if (u1 != u2) {
            int l1 = Character.toLowerCase(u1);
            int l2 = Character.toLowerCase(u2);
            if (l1 != l2) {
                return l1 - l2;
            }
        }
        return 0;
    }

    /** Whether every char fits in Latin-1 (the JDK then compares chars, not code points). */
    private static boolean isLatin1(char[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v[i] > 0xFF) {
                return false;
            }
        }
        return true;
    }

    static boolean regionMatches(char[] a, int ai, char[] b, int bi, int len) {
        return compare(a, ai, len, b, bi, len) == 0;
    }

    static int compare(char[] a, char[] b) {
        return compare(a, 0, a.length, b, 0, b.length);
    }

    /**
     * compareToIgnoreCase of a[ai, ai + alen) and b[bi, bi + blen), as JDK 17 computes it: chars
     * compared pairwise; when both strings have chars beyond Latin-1, a differing pair that
     * involves a surrogate is compared as the code point it belongs to.
     */
    static int compare(char[] a, int ai, int alen, char[] b, int bi, int blen) {
        boolean codePoints = !isLatin1(a, ai, ai + alen) && !isLatin1(b, bi, bi + blen);
        int aEnd = ai + alen;
        int bEnd = bi + blen;
        for (int k1 = ai, k2 = bi; k1 < aEnd && k2 < bEnd; k1++, k2++) {
            int cp1 = a[k1];
            int cp2 = b[k2];
            if (cp1 == cp2 || compareIgnoringCase(cp1, cp2) == 0) {
                continue;
            }
            if (codePoints) {
                cp1 = codePointIncluding(a, cp1, k1, ai, aEnd);
                if (cp1 < 0) {
                    k1++;
                    cp1 = -cp1;
                }
                cp2 = codePointIncluding(b, cp2, k2, bi, bEnd);
                if (cp2 < 0) {
                    k2++;
                    cp2 = -cp2;
                }
            }
            int diff = compareIgnoringCase(cp1, cp2);
            if (diff != 0) {
                return diff;
            }
        }
        return alen - blen;
    }

    /**
     * The code point the char at index belongs to: a low surrogate joins the high one before it;
     * a high surrogate joins the low one after it, and the result is then negated (two chars used).
     */
    private static int codePointIncluding(char[] v, int cp, int index, int start, int end) {
        if (!Character.isSurrogate((char) cp)) {
            return cp;
        }
        if (Character.isLowSurrogate((char) cp)) {
            if (index > start && Character.isHighSurrogate(v[index - 1])) {
                return Character.toCodePoint(v[index - 1], (char) cp);
            }
        } else if (index + 1 < end && Character.isLowSurrogate(v[index + 1])) {
            return -Character.toCodePoint((char) cp, v[index + 1]);
        }
        return cp;
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
            appendLower(sb, v, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Appends the lower case of the code point cp at v[i] by the rules of every language. */
    static void appendLower(StringBuilder sb, char[] v, int i, int cp) {
        if (cp == CAPITAL_I_DOT) {
            sb.append("i\u0307");
        } else if (cp == CAPITAL_SIGMA && isFinalSigma(v, i)) {
            sb.appendCodePoint(FINAL_SIGMA);
        } else {
            sb.appendCodePoint(Character.toLowerCase(cp));
        }
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
            appendUpper(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Appends the upper case of cp by the rules of every language (one-to-many included). */
    static void appendUpper(StringBuilder sb, int cp) {
        String expansion = CharacterProperties.upperExpansion(cp);
        if (expansion != null) {
            sb.append(expansion);
        } else {
            sb.appendCodePoint(Character.toUpperCase(cp));
        }
    }

    /**
     * The JDK's final-sigma test: within the word around the sigma, a cased letter before it and
     * none after it. Words approximate the JDK's word breaking: runs of letters, digits, marks,
     * connectors and format chars, joined across single punctuation between letters or between digits
     * (see isWordBoundary); agreed for plain text, may differ next to symbols or supplementary chars.
     */
    private static boolean isFinalSigma(char[] v, int at) {
        for (int i = at; !isWordBoundary(v, i);) {
            int cp = Character.codePointBefore(v, i, 0);
            if (isCased(cp)) {
                for (int j = at + 1; !isWordBoundary(v, j);) {
                    int next = codePointAt(v, j, v.length);
                    if (isCased(next)) {
                        return false;
                    }
                    j += Character.charCount(next);
                }
                return true;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * A word boundary unless both sides are word chars, or one joiner stands between two word
     * chars: a hyphen, apostrophe, full stop, colon or middle dot between letters, or a comma,
     * full stop, apostrophe or semicolon between digits.
     */
    private static boolean isWordBoundary(char[] v, int i) {
        if (i <= 0 || i >= v.length) {
            return true;
        }
        int before = Character.codePointBefore(v, i, 0);
        int after = codePointAt(v, i, v.length);
        if (isWordChar(before) && isWordChar(after)) {
            return false;
        }
        if (isWordChar(before)) {
            int j = i + Character.charCount(after);
            return j >= v.length || !joins(before, after, codePointAt(v, j, v.length));
        }
        if (isWordChar(after)) {
            int j = i - Character.charCount(before);
            return j <= 0 || !joins(Character.codePointBefore(v, j, 0), before, after);
        }
        return true;
    }

    private static boolean joins(int left, int joiner, int right) {
        if (Character.isDigit(left) && Character.isDigit(right)) {
            return joiner == ',' || joiner == '.' || joiner == '\'' || joiner == ';';
        }
        if (!Character.isDigit(left) && isWordChar(left) && !Character.isDigit(right) && isWordChar(right)) {
            return joiner == '-' || joiner == '\'' || joiner == '.' || joiner == ':' || joiner == 0x00B7
                    || joiner == 0x2018 || joiner == 0x2019;
        }
        return false;
    }

    /** Supplementary code points end words (as the JDK's word breaking treats them). */
    private static boolean isWordChar(int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            return false;
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.CONNECTOR_PUNCTUATION || t == Character.FORMAT;
    }
}
