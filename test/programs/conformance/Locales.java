package conformance;

import java.util.Formatter;
import java.util.Locale;

/**
 * java.util.Locale and the locale-taking overloads as a program sees them: the default locale
 * (HotSpot's under LANG=C.UTF-8, which ConformanceTest gives it), the constants, constructors
 * with old ISO codes and the ja_JP_JP / th_TH_TH / no_NO_NY specials, language tags in and out,
 * extensions, equals and hashCode; upper- and lower-casing with the Turkish, Azeri and Lithuanian
 * rules, also through the default locale; String.format, Formatter and printf with the number
 * symbols of many locales (non-ASCII digits and separators included, printed as \\uXXXX escapes).
 */
public class Locales {
    public static void main(String[] args) {
        defaults();
        constantsAndConstructors();
        languageTags();
        caseMapping();
        formatting();
        changedDefaults();
    }

    /** Non-ASCII chars as \\uXXXX, so the output does not depend on the console's encoding. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void show(String label, Locale l) {
        System.out.println(label + ": [" + l + "] " + l.toLanguageTag() + " lang=" + l.getLanguage() + " script="
                + l.getScript() + " country=" + l.getCountry() + " variant=" + l.getVariant() + " ext="
                + l.getExtensionKeys() + " u=" + l.getExtension('u') + " x=" + l.getExtension('x') + " keys="
                + l.getUnicodeLocaleKeys() + " attrs=" + l.getUnicodeLocaleAttributes() + " hash=" + l.hashCode());
    }

    static void defaults() {
        System.out.println("default " + Locale.getDefault() + " display " + Locale.getDefault(Locale.Category.DISPLAY)
                + " format " + Locale.getDefault(Locale.Category.FORMAT) + " " + Locale.getDefault().toLanguageTag());
        System.out.println(new Formatter().locale() + " " + String.format("%,.3f", 1234567.8915));
    }

    static void constantsAndConstructors() {
        Locale[] constants = {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, Locale.JAPANESE,
            Locale.KOREAN, Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.FRANCE,
            Locale.GERMANY, Locale.ITALY, Locale.JAPAN, Locale.KOREA, Locale.UK, Locale.US, Locale.CANADA,
            Locale.CANADA_FRENCH, Locale.ROOT, Locale.CHINA, Locale.PRC, Locale.TAIWAN};
        for (Locale l : constants) {
            System.out.println(l + " " + l.toLanguageTag() + " " + l.hashCode());
        }
        System.out.println(Locale.PRIVATE_USE_EXTENSION + " " + Locale.UNICODE_LOCALE_EXTENSION);
        String[][] parts = {{"iw", "IL", ""}, {"ji", "", ""}, {"IN", "id", ""}, {"ja", "JP", "JP"}, {"TH", "th", "TH"},
            {"ja", "JP", "jp"}, {"no", "NO", "NY"}, {"en", "US", "POSIX"}, {"en", "US", "Posix_Abc"}, {"", "US", ""},
            {"", "", "x"}, {"x-y", "", ""}, {"de", "DE", "1901_abcdefghi_x"}, {"EN", "us", "a_b_c"}, {"en", "usa", ""}};
        for (String[] p : parts) {
            show("new Locale(" + p[0] + ", " + p[1] + ", " + p[2] + ")", new Locale(p[0], p[1], p[2]));
        }
        Locale a = new Locale("en", "US");
        System.out.println(a.equals(Locale.US) + " " + (a.hashCode() == Locale.US.hashCode()) + " "
                + a.equals(Locale.forLanguageTag("en-US")) + " " + a.equals(Locale.UK) + " " + Locale.US.clone().equals(a)
                + " " + new Locale("ja", "JP", "JP").stripExtensions() + " " + new Locale("ja", "JP", "JP").hasExtensions());
        try {
            new Locale(null, "US");
        } catch (NullPointerException e) {
            System.out.println("new Locale(null): NullPointerException");
        }
    }

    static void languageTags() {
        String[] tags = {"en-US", "und", "und-US", "zh-Hans-CN", "zh-hant-tw", "EN-latn-US-Valencia-1901-u-ca-gregory-nu-thai-x-foo",
            "de-CH-1996", "i-klingon", "art-lojban", "en-GB-oed", "zh-min-nan", "i-default", "x-private",
            "en-x-lvariant-POSIX", "ja-JP-x-lvariant-JP", "th-TH-u-nu-thai-x-lvariant-TH", "sgn-BE-FR", "no-bok",
            "en--US", "-en", "en_US", "en-a-bbb-a-ccc", "en-u-bbb-aaa-ca-x", "en-u-aa-bbb-aa-ccc", "abc-def-ghi",
            "12-US", "en-123", "iw-IL", "UND-US", "en-US-x-a-b-lvariant-c", "en-z-abc-b-def-x-y", "en-1-abc",
            "en-u-ca-islamic-civil", "en-x-toolongprivate", "cel-gaulish", "sr-Latn-RS", "i-Cyrl"};
        for (String t : tags) {
            show(t, Locale.forLanguageTag(t));
        }
        Locale l = Locale.forLanguageTag("en-u-ca-buddhist-x-ab");
        System.out.println(l.getExtension('U') + " " + l.getUnicodeLocaleType("CA") + " " + l.getUnicodeLocaleType("nu"));
        try {
            l.getExtension('1');
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            l.getUnicodeLocaleType("c");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }

    static void caseMapping() {
        Locale tr = new Locale("tr");
        Locale az = Locale.forLanguageTag("az-Latn-AZ");
        Locale lt = new Locale("lt", "LT");
        String[] texts = {"TITLE", "title", "I\u0307stanbul", "\u0130stanbul", "i\u0307", "Ij\u0307\u0301", "\u00cc\u00cd\u0128",
            "I\u0301", "J\u0316\u0301", "i\u0307x", "\u1d62\u0307", "a\u1d62\u0307", "\u00dfi", "\u03a3\u039f\u03a3"};
        for (String s : texts) {
            System.out.println(ascii(s) + ": tr " + ascii(s.toUpperCase(tr)) + " " + ascii(s.toLowerCase(tr)) + " | az "
                    + ascii(s.toUpperCase(az)) + " " + ascii(s.toLowerCase(az)) + " | lt " + ascii(s.toUpperCase(lt)) + " "
                    + ascii(s.toLowerCase(lt)) + " | root " + ascii(s.toUpperCase(Locale.ROOT)) + " "
                    + ascii(s.toLowerCase(Locale.ROOT)) + " | default " + ascii(s.toUpperCase()) + " " + ascii(s.toLowerCase()));
        }
    }

    static void formatting() {
        String[] tags = {"en-US", "und", "de", "de-CH", "de-AT", "fr", "fr-CA", "it", "es", "es-MX", "pt-BR", "pt-PT", "nl",
            "sv", "da", "nb", "fi", "pl", "ru", "ja", "zh", "ko", "tr", "ar", "ar-MA", "fa", "hi", "bn", "mr", "my",
            "th-TH-u-nu-thai", "en-u-nu-arab", "ar-u-nu-latn", "en-US-POSIX", "de-XX", "xx", "nb-u-nu-deva"};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            System.out.println(t + ": " + ascii(String.format(l, "%,d|%,.2f|%e|%08.1f|%(,d|%S|%X|%.3G|%+,010d|%E",
                    -1234567, 1234567.891, -12345.678, -3.5, -1234567, "ixi", 255, 0.00012345, 98765, Double.NaN)));
        }
        Locale th = new Locale("th", "TH", "TH");
        System.out.println(ascii(String.format(th, "%d %.1f", 2024, 3.25)) + " " + ascii(String.format((Locale) null, "%,d %S", 1234567, "ixi")));
        StringBuilder sb = new StringBuilder();
        Formatter f = new Formatter(sb, Locale.GERMANY);
        f.format("%,.2f ", 1234.5).format(Locale.FRANCE, "%,.2f ", 1234.5).format((Locale) null, "%,.2f", 1234.5);
        System.out.println(f.locale() + " " + ascii(sb.toString()));
        Formatter ar = new Formatter(new StringBuilder(), Locale.forLanguageTag("ar"));
        System.out.println(ascii(ar.format((Locale) null, "%,d %.2e", 1234567, 1234.5).toString()));
        System.out.printf(Locale.ITALY, "%,.3f %s%n", 9876543.21, "printf");
        System.out.format(Locale.forLanguageTag("de-CH"), "%,d %n", 1234567);
        System.out.println(new Formatter(Locale.JAPAN).locale() + " " + new Formatter((Locale) null).locale());
    }

    static void changedDefaults() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        System.out.println(Locale.getDefault() + " " + Locale.getDefault(Locale.Category.FORMAT) + " "
                + String.format("%,.2f", 1234567.891) + " " + "title".toUpperCase());
        System.out.printf("%,d%n", 7654321);
        Locale.setDefault(new Locale("tr", "TR"));
        System.out.println(Locale.getDefault() + " " + Locale.getDefault(Locale.Category.DISPLAY) + " "
                + ascii("TITLE".toLowerCase()) + " " + ascii("title".toUpperCase()) + " " + ascii(String.format("%S %,.1f", "i", 1234.5)));
        Locale.setDefault(Locale.Category.DISPLAY, Locale.JAPAN);
        System.out.println(Locale.getDefault(Locale.Category.DISPLAY) + " " + Locale.getDefault(Locale.Category.FORMAT));
        try {
            Locale.setDefault(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Locale.setDefault(Locale.ENGLISH);
        System.out.println(Locale.getDefault(Locale.Category.FORMAT) + " " + "TITLE".toLowerCase());
    }
}
