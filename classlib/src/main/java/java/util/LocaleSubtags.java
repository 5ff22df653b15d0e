package java.util;

/**
 * The shapes of BCP 47 subtags (RFC 5646 section 2.1), case-insensitive, as the JDK's language
 * tag code tests them: language 2-8 letters, extlang 3 letters, script 4 letters, region 2
 * letters or 3 digits, variant 5-8 alphanumerics or a digit and 3 alphanumerics, extension
 * singleton one letter other than x (the JDK takes no digit singletons), extension subtag 2-8
 * alphanumerics, private use
 * subtag 1-8 alphanumerics; Unicode extension keys are 2 alphanumerics, attributes and type
 * subtags 3-8.
 */
final class LocaleSubtags {
    private LocaleSubtags() {
    }

    static boolean isLanguage(String s) {
        return s.length() >= 2 && s.length() <= 8 && isAlpha(s);
    }

    static boolean isExtlang(String s) {
        return s.length() == 3 && isAlpha(s);
    }

    static boolean isScript(String s) {
        return s.length() == 4 && isAlpha(s);
    }

    static boolean isRegion(String s) {
        return s.length() == 2 && isAlpha(s) || s.length() == 3 && isDigits(s);
    }

    static boolean isVariant(String s) {
        int n = s.length();
        if (n >= 5 && n <= 8) {
            return isAlphaNumeric(s);
        }
        return n == 4 && LocaleAscii.isDigit(s.charAt(0)) && isAlphaNumeric(s);
    }

    static boolean isExtensionSingleton(String s) {
        return s.length() == 1 && isExtensionSingletonChar(s.charAt(0));
    }

    static boolean isExtensionSingletonChar(char c) {
        return LocaleAscii.isAlpha(c) && c != 'x' && c != 'X';
    }

    static boolean isExtensionSubtag(String s) {
        return s.length() >= 2 && s.length() <= 8 && isAlphaNumeric(s);
    }

    static boolean isPrivateUsePrefix(String s) {
        return s.length() == 1 && (s.charAt(0) == 'x' || s.charAt(0) == 'X');
    }

    static boolean isPrivateUseSubtag(String s) {
        return s.length() >= 1 && s.length() <= 8 && isAlphaNumeric(s);
    }

    static boolean isUnicodeKey(String s) {
        return s.length() == 2 && isAlphaNumeric(s);
    }

    /** A Unicode extension attribute or type subtag: 3-8 alphanumerics. */
    static boolean isUnicodeValue(String s) {
        return s.length() >= 3 && s.length() <= 8 && isAlphaNumeric(s);
    }

    private static boolean isAlpha(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!LocaleAscii.isAlpha(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!LocaleAscii.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphaNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!LocaleAscii.isAlphaNumeric(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** s split at every '-' (or other separator), empty pieces included: "en--US" gives en, "", US. */
    static String[] split(String s, char separator) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                count++;
            }
        }
        String[] parts = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                parts[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        return parts;
    }
}
