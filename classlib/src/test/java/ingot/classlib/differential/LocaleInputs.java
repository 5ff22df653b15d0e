package ingot.classlib.differential;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

/**
 * Random inputs for the Locale sequences: constructor arguments (cases, old ISO codes, the
 * ja_JP_JP and th_TH_TH specials, ill-formed parts), language tags (well-formed ones of every
 * part, grandfathered tags, Unicode and other extensions, private use with "lvariant", and
 * mutations: wrong shapes, duplicates, empty subtags, odd case), locales for formatting (the
 * constants, every locale the JDK has number data for, -u-nu- numbering systems) and text for the
 * locale-sensitive case mappings (i, I, dotted and dotless i, j, i with ogonek, accented I's,
 * combining marks of class 230, of other classes and of class 0).
 */
final class LocaleInputs {
    static final String[] CONSTANTS = {"ENGLISH", "FRENCH", "GERMAN", "ITALIAN", "JAPANESE", "KOREAN", "CHINESE",
        "SIMPLIFIED_CHINESE", "TRADITIONAL_CHINESE", "FRANCE", "GERMANY", "ITALY", "JAPAN", "KOREA", "UK", "US",
        "CANADA", "CANADA_FRENCH", "ROOT", "CHINA", "PRC", "TAIWAN"};
    private static final String[] LANGUAGES = {"en", "EN", "En", "iw", "IW", "ji", "in", "he", "yi", "id", "tr", "az",
        "lt", "ja", "JA", "th", "TH", "no", "nn", "zh", "de", "fr", "x-y", "", "e", "abcdefghi", "\u0130", "und", "UND",
        "sr", "ar", "i", "e1", "tlh"};
    private static final String[] COUNTRIES = {"US", "us", "JP", "jp", "TH", "th", "NO", "no", "", "123", "usa", "u1",
        "CH", "DE", "1234", "419", "Us", "\u00e9"};
    private static final String[] VARIANTS = {"", "JP", "TH", "jp", "th", "NY", "ny", "POSIX", "posix", "Posix_Abc",
        "a_b_c", "1901", "1901_", "_x", "ab-cd", "x", "lvariant", "abc_DEFGH_Posix", "JP_x", "1901_abcdefghi_x",
        "Valencia", "0abc", "\u00e4", "_", "a__b", "1901_1996"};
    private static final String[] GRANDFATHERED = {"art-lojban", "cel-gaulish", "en-GB-oed", "i-ami", "i-bnn",
        "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay",
        "i-tsu", "no-bok", "no-nyn", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE", "zh-guoyu", "zh-hakka", "zh-min",
        "zh-min-nan", "zh-xiang", "zh-min-nan-x", "i-klingon-US"};
    private static final String[] TAG_LANGUAGES = {"en", "und", "iw", "in", "ji", "zh", "ja", "th", "no", "tr", "sr",
        "de", "abcdefgh", "i", "abcdefghi", "x", "a1"};
    private static final String[] EXTLANGS = {"cmn", "yue", "abc", "ab"};
    private static final String[] SCRIPTS = {"Latn", "latn", "HANS", "Cyrl", "Arab", "Lat", "Latin"};
    private static final String[] REGIONS = {"US", "us", "419", "001", "JP", "TH", "NO", "CH", "DE", "GB", "12", "1234"};
    private static final String[] TAG_VARIANTS = {"1901", "1996", "posix", "POSIX", "valencia", "0abc", "Oxendict",
        "NY", "abc", "abcdefghi", "1ab"};
    private static final String[] SINGLETONS = {"a", "b", "t", "u", "U", "1", "z", "y", "u"};
    private static final String[] UNICODE_SUBTAGS = {"ca", "nu", "cu", "0a", "a0", "CA", "japanese", "thai",
        "gregory", "buddhist", "islamic", "civil", "true", "arab", "latn", "attr", "abc", "bbb", "usd", "toolongtype"};
    private static final String[] PRIVATE_SUBTAGS = {"lvariant", "LVARIANT", "JP", "TH", "NY", "abc", "a", "POSIX",
        "toolongsubtag", "x", "i", "default"};
    private static final String[] JUNK = {"", "_", "toolongsubtag", "a", "\u00e4", "1", "x", "en_US"};
    private static final String[] NUMBERING = {"latn", "arab", "arabext", "deva", "beng", "thai", "fullwide", "adlm",
        "hanidec", "roman", "foo", "tibt", "mymr"};
    private static final String[] FORMAT_TAGS = {"en", "en-US", "und", "de", "de-CH", "de-AT", "fr", "fr-CA", "fr-CH",
        "it", "es", "es-MX", "pt", "pt-PT", "nl", "sv", "da", "nb", "no", "fi", "pl", "ru", "ja", "zh", "ko", "tr", "az",
        "lt", "ar", "ar-MA", "ar-EG", "ar-LB", "fa", "hi", "bn", "mr", "ne", "my", "dz", "sat", "ps", "uz-Arab",
        "uz-Arab-AF", "pa-Arab-PK", "sr-Latn-BA", "ff-Adlm", "en-US-POSIX", "en-US-posix", "de-XX", "xx",
        "ar-Latn-MA", "th-TH-x-lvariant-TH", "ja-JP-x-lvariant-JP", "en-US-x-lvariant-POSIX-abc"};
    private static final Locale[] AVAILABLE = DecimalFormatSymbols.getAvailableLocales();
    /** Letters the Turkic and Lithuanian rules treat specially, marks of each combining kind, others. */
    private static final String CASE_POOL = "iIjJ\u0130\u0131\u012e\u012f\u00cc\u00cd\u0128\u0307\u0307\u0301\u0300"
        + "\u0316\u0327\u0345\u05b0\u0323a\u00df \u00e9\u0149\u01c5\u0456\u0458\u1e2d\u1ecb\u0268x\u1d62\u2071";

    private LocaleInputs() {
    }

    private static String pick(Random r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    /** language, country, variant for the constructors. */
    static String[] parts(Random r) {
        return new String[] {pick(r, LANGUAGES), pick(r, COUNTRIES), pick(r, VARIANTS)};
    }

    /** A language tag: mostly well-formed, grandfathered now and then, often mutated. */
    static String tag(Random r) {
        if (r.nextInt(12) == 0) {
            return randomCase(r, pick(r, GRANDFATHERED));
        }
        StringBuilder t = new StringBuilder();
        if (r.nextInt(8) != 0) {
            add(t, pick(r, TAG_LANGUAGES));
        }
        for (int n = r.nextInt(8) == 0 ? 1 + r.nextInt(4) : 0; n > 0; n--) {
            add(t, pick(r, EXTLANGS));
        }
        if (r.nextInt(4) == 0) {
            add(t, pick(r, SCRIPTS));
        }
        if (r.nextInt(2) == 0) {
            add(t, pick(r, REGIONS));
        }
        for (int n = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0; n > 0; n--) {
            add(t, pick(r, TAG_VARIANTS));
        }
        for (int n = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; n > 0; n--) {
            extension(r, t);
        }
        if (r.nextInt(4) == 0) {
            add(t, r.nextBoolean() ? "x" : "X");
            for (int n = r.nextInt(4); n > 0; n--) {
                add(t, pick(r, PRIVATE_SUBTAGS));
            }
        }
        String s = t.toString();
        if (r.nextInt(5) == 0) {
            s = mutate(r, s);
        }
        return r.nextInt(3) == 0 ? randomCase(r, s) : s;
    }

    private static void extension(Random r, StringBuilder t) {
        String singleton = pick(r, SINGLETONS);
        add(t, singleton);
        boolean unicode = singleton.equalsIgnoreCase("u");
        for (int n = r.nextInt(5); n > 0; n--) {
            add(t, unicode ? pick(r, UNICODE_SUBTAGS) : randomAlphaNumeric(r, 1 + r.nextInt(9)));
        }
    }

    /** Inserts a junk subtag, drops a '-', or adds one at an end. */
    private static String mutate(Random r, String s) {
        switch (r.nextInt(4)) {
            case 0: {
                String[] parts = s.split("-", -1);
                int at = r.nextInt(parts.length + 1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i <= parts.length; i++) {
                    if (i == at) {
                        add(sb, pick(r, JUNK));
                    }
                    if (i < parts.length) {
                        add(sb, parts[i]);
                    }
                }
                return sb.toString();
            }
            case 1:
                return s.replaceFirst("-", r.nextBoolean() ? "" : "--");
            case 2:
                return "-" + s;
            default:
                return s + "-";
        }
    }

    private static void add(StringBuilder t, String subtag) {
        if (t.length() > 0) {
            t.append('-');
        }
        t.append(subtag);
    }

    private static String randomAlphaNumeric(Random r, int length) {
        String pool = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(pool.charAt(r.nextInt(pool.length())));
        }
        return sb.toString();
    }

    private static String randomCase(Random r, String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** A key for getExtension: mostly valid singletons, sometimes not. */
    static char extensionKey(Random r) {
        String keys = "uxaUXtz1-@ \u00e9";
        return keys.charAt(r.nextInt(keys.length()));
    }

    /** A key for getUnicodeLocaleType: mostly well-formed, sometimes not. */
    static String unicodeKey(Random r) {
        String[] keys = {"ca", "nu", "CA", "cu", "0a", "a0", "c", "", "ca-x", "abc", "1a"};
        return keys[r.nextInt(keys.length)];
    }

    /** A JDK locale to format with: a constant, one the JDK has data for, a chosen tag, with -u-nu-, or null. */
    static Locale formatLocale(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return r.nextInt(4) == 0 ? null : new Locale[] {Locale.US, Locale.ROOT, Locale.GERMANY, Locale.FRANCE,
                    Locale.ITALY, Locale.JAPAN, Locale.CHINA, Locale.KOREA, Locale.UK, Locale.CANADA_FRENCH}[r.nextInt(10)];
            case 1:
            case 2:
                return AVAILABLE[r.nextInt(AVAILABLE.length)];
            case 3:
                return Locale.forLanguageTag(pick(r, FORMAT_TAGS) + "-u-nu-" + pick(r, NUMBERING));
            case 4:
                return new Locale(pick(r, new String[] {"th", "ja", "en", "no", "tr"}), pick(r, COUNTRIES),
                        pick(r, VARIANTS));
            default:
                return Locale.forLanguageTag(pick(r, FORMAT_TAGS));
        }
    }

    /** A locale for case mapping: the special languages most of the time. */
    static Locale caseLocale(Random r) {
        String[] tags = {"tr", "az", "lt", "tr-TR", "az-Latn-AZ", "lt-LT", "en", "und", "el", "nl", "de"};
        return r.nextInt(6) == 0 ? new Locale(pick(r, new String[] {"TR", "Az", "LT", "iw"})) : Locale.forLanguageTag(pick(r, tags));
    }

    /** Text for case mapping: the special letters among marks of every combining kind. */
    static String caseText(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(10); k > 0; k--) {
            switch (r.nextInt(10)) {
                case 0:
                    sb.append((char) (0x300 + r.nextInt(0x70)));
                    break;
                case 1:
                    sb.appendCodePoint(r.nextInt(4) == 0 ? 0x1D165 + r.nextInt(12) : r.nextInt(0x3000));
                    break;
                case 2:
                    sb.append((char) (0xD800 + r.nextInt(0x800)));
                    break;
                default:
                    sb.append(CASE_POOL.charAt(r.nextInt(CASE_POOL.length())));
            }
        }
        return sb.toString();
    }

    /** Text for %S: letters whose upper case depends on the locale. */
    static String formatText(Random r) {
        String pool = "iI\u0131\u0130j\u0307\u00dfa ";
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(6); k > 0; k--) {
            sb.append(pool.charAt(r.nextInt(pool.length())));
        }
        return sb.toString();
    }
}
