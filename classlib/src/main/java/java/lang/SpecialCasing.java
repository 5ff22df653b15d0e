package java.lang;

/**
 * The language-sensitive case mappings of Unicode's SpecialCasing.txt, as JDK 17 applies them for
 * a locale whose language is tr or az (dotted and dotless i) or lt (the dot above kept on i and j
 * before accents); other languages, and the mappings these leave alone, follow CaseFolding. The
 * conditions look at the nearest code point before or after that has combining class 0 or 230
 * (CharacterProperties.combiningKind): After_I (it is 'I'), After_Soft_Dotted (it is one of the
 * JDK's ten soft-dotted letters), More_Above (it has class 230) and Before_Dot (it is U+0307).
 * Upper-casing, like the JDK's, applies the rules only from the first char that changes or is a
 * surrogate, so "\u1d62\u0307" keeps its dot where "a\u1d62\u0307" loses it.
 */
final class SpecialCasing {
    private static final int DOT_ABOVE = 0x0307;
    private static final int DOTLESS_I = 0x0131;
    private static final int CAPITAL_I_DOT = 0x0130;
    /** The letters the JDK treats as Soft_Dotted: i, j, i with ogonek, the super- and subscript i and five more. */
    private static final String SOFT_DOTTED = "\u0069\u006a\u012f\u0268\u0456\u0458\u1d62\u1e2d\u1ecb\u2071";

    private SpecialCasing() {
    }

    /** Whether the language (a Locale's, lower case) has mappings of its own: tr, az, lt. */
    static boolean isSpecial(String language) {
        return language.equals("tr") || language.equals("az") || language.equals("lt");
    }

    static String toLowerCase(String s, char[] v, String language) {
        if (!isSpecial(language)) {
            return CaseFolding.toLowerCase(s, v);
        }
        boolean turkic = !language.equals("lt");
        StringBuilder sb = new StringBuilder(v.length + 4);
        for (int i = 0; i < v.length;) {
            int cp = CaseFolding.codePointAt(v, i, v.length);
            String mapped = turkic ? turkicLower(v, i, cp) : lithuanianLower(v, i, cp);
            if (mapped != null) {
                sb.append(mapped);
            } else {
                CaseFolding.appendLower(sb, v, i, cp);
            }
            i += Character.charCount(cp);
        }
        return same(s, sb);
    }

    static String toUpperCase(String s, char[] v, String language) {
        if (!isSpecial(language)) {
            return CaseFolding.toUpperCase(s, v);
        }
        boolean turkic = !language.equals("lt");
        int first = firstUpperChange(v);
        StringBuilder sb = new StringBuilder(v.length + 4);
        sb.append(v, 0, first);
        for (int i = first; i < v.length;) {
            int cp = CaseFolding.codePointAt(v, i, v.length);
            if (turkic && cp == 'i') {
                sb.append((char) CAPITAL_I_DOT);
            } else if (!turkic && cp == DOT_ABOVE && isSoftDotted(baseBefore(v, i))) {
                // After_Soft_Dotted: the dot goes with the i or j it stood on
            } else {
                CaseFolding.appendUpper(sb, cp);
            }
            i += Character.charCount(cp);
        }
        return same(s, sb);
    }

    /**
     * Where JDK 17 starts applying the language's rules: at the first char that is a surrogate,
     * changes in upper case, or is U+0130 (which the JDK's scan counts as changing). A dot above
     * before it stays, even after a soft-dotted letter.
     */
    private static int firstUpperChange(char[] v) {
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (Character.isSurrogate(c) || c == CAPITAL_I_DOT || Character.toUpperCase(c) != c
                    || CharacterProperties.upperExpansion(c) != null) {
                return i;
            }
        }
        return v.length;
    }

    private static boolean isSoftDotted(int cp) {
        return cp >= 0 && SOFT_DOTTED.indexOf(cp) >= 0;
    }

    private static String same(String s, StringBuilder sb) {
        return s.contentEquals(sb) ? s : sb.toString();
    }

    /** tr and az: U+0130 lowers to i, I to dotless i unless a dot above follows, the dot after I goes. */
    private static String turkicLower(char[] v, int i, int cp) {
        if (cp == CAPITAL_I_DOT) {
            return "i";
        }
        if (cp == DOT_ABOVE && baseBefore(v, i) == 'I') {
            return "";
        }
        if (cp == 'I' && baseAfter(v, i + 1) != DOT_ABOVE) {
            return String.valueOf((char) DOTLESS_I);
        }
        return null;
    }

    /** lt: I, J and I with ogonek keep a dot before an accent above; I with grave, acute, tilde always. */
    private static String lithuanianLower(char[] v, int i, int cp) {
        switch (cp) {
            case 0x0049:
            case 0x004a:
            case 0x012e:
                if (CharacterProperties.combiningKind(baseAfter(v, i + 1)) == CharacterProperties.COMBINING_ABOVE) {
                    return new String(Character.toChars(Character.toLowerCase(cp))) + (char) DOT_ABOVE;
                }
                return null;
            case 0x00cc:
                return "i\u0307\u0300";
            case 0x00cd:
                return "i\u0307\u0301";
            case 0x0128:
                return "i\u0307\u0303";
            default:
                return null;
        }
    }

    /** The nearest code point before v[i] of combining class 0 or 230, or -1. */
    private static int baseBefore(char[] v, int i) {
        int at = i;
        while (at > 0) {
            int cp = Character.codePointBefore(v, at, 0);
            if (CharacterProperties.combiningKind(cp) != CharacterProperties.COMBINING_OTHER) {
                return cp;
            }
            at -= Character.charCount(cp);
        }
        return -1;
    }

    /** The nearest code point from v[from] on of combining class 0 or 230, or -1. */
    private static int baseAfter(char[] v, int from) {
        int at = from;
        while (at < v.length) {
            int cp = CaseFolding.codePointAt(v, at, v.length);
            if (CharacterProperties.combiningKind(cp) != CharacterProperties.COMBINING_OTHER) {
                return cp;
            }
            at += Character.charCount(cp);
        }
        return -1;
    }
}
