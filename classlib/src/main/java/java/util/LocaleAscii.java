package java.util;

/**
 * The ASCII-only case rules of locale codes and language tags: letters outside A-Z and a-z keep
 * their case (the JDK's Locale lower-cases "EN" but leaves "\u0130" alone), and the character
 * classes the BCP 47 grammar is written in.
 */
final class LocaleAscii {
    private LocaleAscii() {
    }

    static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlphaNumeric(char c) {
        return isAlpha(c) || isDigit(c);
    }

    /** s with A-Z lowered; s itself when nothing changes. */
    static String lower(String s) {
        return convert(s, true);
    }

    /** s with a-z raised; s itself when nothing changes. */
    static String upper(String s) {
        return convert(s, false);
    }

    private static String convert(String s, boolean toLower) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((toLower ? lower(c) : upper(c)) != c) {
                char[] v = s.toCharArray();
                for (int j = i; j < v.length; j++) {
                    v[j] = toLower ? lower(v[j]) : upper(v[j]);
                }
                return new String(v);
            }
        }
        return s;
    }

    /** The first char raised, the rest lowered ("latn" gives "Latn"). */
    static String title(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char[] v = s.toCharArray();
        v[0] = upper(v[0]);
        for (int j = 1; j < v.length; j++) {
            v[j] = lower(v[j]);
        }
        return new String(v);
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    static boolean equalsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
