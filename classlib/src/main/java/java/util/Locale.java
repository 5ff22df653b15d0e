package java.util;

import java.io.Serializable;

/**
 * A language, script, country (region) and variant, with optional BCP 47 extensions, as JDK 17
 * normalises them: the language lower-cased (ASCII only) with the old ISO codes iw, ji and in read
 * as he, yi and id; the country upper-cased; the script title-cased; the variant as given; ja_JP_JP
 * and th_TH_TH gain the extensions u-ca-japanese and u-nu-thai. Language tags are read by
 * {@link #forLanguageTag} (LocaleTag: leniently, up to the first subtag out of place) and written
 * by {@link #toLanguageTag} (LocaleTagWriter). The default locale is "en" (see initialDefault).
 * Not here: display names, ISO 3-letter codes, the available-locale lists, Builder, and language
 * ranges with filtering and lookup.
 */
public final class Locale implements Cloneable, Serializable {
    private static final long serialVersionUID = 9149081749638150636L;

    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale FRENCH = new Locale("fr", "");
    public static final Locale GERMAN = new Locale("de", "");
    public static final Locale ITALIAN = new Locale("it", "");
    public static final Locale JAPANESE = new Locale("ja", "");
    public static final Locale KOREAN = new Locale("ko", "");
    public static final Locale CHINESE = new Locale("zh", "");
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN");
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW");
    public static final Locale FRANCE = new Locale("fr", "FR");
    public static final Locale GERMANY = new Locale("de", "DE");
    public static final Locale ITALY = new Locale("it", "IT");
    public static final Locale JAPAN = new Locale("ja", "JP");
    public static final Locale KOREA = new Locale("ko", "KR");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale US = new Locale("en", "US");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA");
    public static final Locale ROOT = new Locale("", "");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;

    public static final char PRIVATE_USE_EXTENSION = 'x';
    public static final char UNICODE_LOCALE_EXTENSION = 'u';

    /** The kinds of default locale: for user-interface text and for formatting. */
    public enum Category {
        DISPLAY,
        FORMAT
    }

    private static volatile Locale defaultLocale = initialDefault();
    private static volatile Locale defaultDisplay = defaultLocale;
    private static volatile Locale defaultFormat = defaultLocale;

    private final String language;
    private final String script;
    private final String country;
    private final String variant;
    /** Null when the locale has no extensions. */
    private final LocaleExtensions extensions;
    private transient int hash;

    public Locale(String language, String country, String variant) {
        if (language == null || country == null || variant == null) {
            throw new NullPointerException();
        }
        this.language = languageCode(language);
        this.script = "";
        this.country = LocaleAscii.upper(country);
        this.variant = variant;
        this.extensions = compatibilityExtensions(language, "", country, variant);
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    /** A locale of normalised parts. */
    private Locale(String language, String script, String country, String variant, LocaleExtensions extensions) {
        this.language = language;
        this.script = script;
        this.country = country;
        this.variant = variant;
        this.extensions = extensions;
    }

    /**
     * The default locale of a program: "en" (no country), which JDK 17 on Linux reports when the
     * environment says LANG=C.UTF-8 (the locale of this project's test machines); an image has no
     * environment to read user.language and user.country from.
     */
    private static Locale initialDefault() {
        return ENGLISH;
    }

    /** The language lower-cased (ASCII), the old ISO 639 codes replaced as JDK 17 does. */
    private static String languageCode(String language) {
        String l = LocaleAscii.lower(language);
        switch (l) {
            case "iw":
                return "he";
            case "ji":
                return "yi";
            case "in":
                return "id";
            default:
                return l;
        }
    }

    /** u-ca-japanese for ja_JP_JP, u-nu-thai for th_TH_TH (variant exactly as written), else none. */
    private static LocaleExtensions compatibilityExtensions(String language, String script, String country,
            String variant) {
        if (!script.isEmpty()) {
            return null;
        }
        if (variant.equals("JP") && LocaleAscii.equalsIgnoreCase(language, "ja")
                && LocaleAscii.equalsIgnoreCase(country, "JP")) {
            return LocaleExtensions.unicodeKeyword("ca", "japanese");
        }
        if (variant.equals("TH") && LocaleAscii.equalsIgnoreCase(language, "th")
                && LocaleAscii.equalsIgnoreCase(country, "TH")) {
            return LocaleExtensions.unicodeKeyword("nu", "thai");
        }
        return null;
    }

    // ---- defaults ----

    public static Locale getDefault() {
        return defaultLocale;
    }

    public static Locale getDefault(Category category) {
        switch (category) {
            case DISPLAY:
                return defaultDisplay;
            default:
                return defaultFormat;
        }
    }

    /** Sets the default locale and the default of both categories. */
    public static synchronized void setDefault(Locale newLocale) {
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        defaultLocale = newLocale;
        defaultDisplay = newLocale;
        defaultFormat = newLocale;
    }

    public static synchronized void setDefault(Category category, Locale newLocale) {
        if (category == null) {
            throw new NullPointerException("Category cannot be NULL");
        }
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        if (category == Category.DISPLAY) {
            defaultDisplay = newLocale;
        } else {
            defaultFormat = newLocale;
        }
    }

    // ---- language tags ----

    /**
     * The locale a BCP 47 language tag names, read as far as it is well-formed: "und" is the
     * empty language, a first extlang replaces the language, variants join with '_', and private
     * use subtags after "lvariant" extend the variant.
     */
    public static Locale forLanguageTag(String languageTag) {
        LocaleTag tag = LocaleTag.parse(languageTag);
        String language = !tag.extlangs.isEmpty() ? tag.extlangs.get(0)
                : tag.language.equals("und") ? "" : tag.language;
        StringBuilder variant = new StringBuilder();
        for (int i = 0; i < tag.variants.size(); i++) {
            if (i > 0) {
                variant.append('_');
            }
            variant.append(tag.variants.get(i));
        }
        String privateUse = tag.privateUse.isEmpty() ? null : tag.privateUse.substring(2);
        if (privateUse != null) {
            String[] subtags = LocaleSubtags.split(privateUse, '-');
            int prefix = lvariantIndex(subtags);
            if (prefix >= 0) {
                for (int i = prefix + 1; i < subtags.length; i++) {
                    if (variant.length() > 0) {
                        variant.append('_');
                    }
                    variant.append(subtags[i]);
                }
                privateUse = prefix == 0 ? null : join(subtags, 0, prefix, '-');
            }
        }
        String l = languageCode(language);
        String s = LocaleAscii.title(tag.script);
        String r = LocaleAscii.upper(tag.region);
        String v = variant.toString();
        LocaleExtensions extensions = LocaleExtensions.of(tag.extensions, privateUse);
        if (extensions == null && !v.isEmpty()) {
            extensions = compatibilityExtensions(l, s, r, v);
        }
        return new Locale(l, s, r, v, extensions);
    }

    /** The index of the first "lvariant" (any case) followed by a subtag, or -1. */
    private static int lvariantIndex(String[] subtags) {
        for (int i = 0; i < subtags.length; i++) {
            if (LocaleAscii.equalsIgnoreCase(subtags[i], "lvariant")) {
                return i + 1 < subtags.length ? i : -1;
            }
        }
        return -1;
    }

    private static String join(String[] parts, int from, int to, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(separator);
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    /** The well-formed BCP 47 tag of this locale ("und" for the root locale). */
    public String toLanguageTag() {
        return LocaleTagWriter.write(language, script, country, variant, extensions);
    }

    // ---- parts ----

    public String getLanguage() {
        return language;
    }

    public String getScript() {
        return script;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public boolean hasExtensions() {
        return extensions != null;
    }

    /** This locale without its extensions (this one when it has none). */
    public Locale stripExtensions() {
        return extensions == null ? this : new Locale(language, script, country, variant, null);
    }

    /** The value of the extension {@code key} (an ASCII letter, any case), or null. */
    public String getExtension(char key) {
        if (!LocaleAscii.isAlpha(key)) {
            throw new IllegalArgumentException("Ill-formed extension key: " + key);
        }
        return extensions == null ? null : extensions.value(key);
    }

    public Set<Character> getExtensionKeys() {
        return extensions == null ? Collections.<Character>emptySet() : extensions.keys();
    }

    public Set<String> getUnicodeLocaleAttributes() {
        return extensions == null ? Collections.<String>emptySet() : extensions.unicodeAttributes();
    }

    /** The type of the Unicode keyword {@code key} (two ASCII alphanumerics), "" if it has none, or null. */
    public String getUnicodeLocaleType(String key) {
        if (!LocaleSubtags.isUnicodeKey(key)) {
            throw new IllegalArgumentException("Ill-formed Unicode locale key: " + key);
        }
        return extensions == null ? null : extensions.unicodeType(key);
    }

    public Set<String> getUnicodeLocaleKeys() {
        return extensions == null ? Collections.<String>emptySet() : extensions.unicodeKeys();
    }

    // ---- Object ----

    /**
     * language_COUNTRY_variant, then "_#" and the script and extensions when there are any: "en_US",
     * "zh_CN_#Hans", "en__#u-ca-buddhist"; only the language is written when alone, and nothing but
     * the language and country parts when both of those are empty.
     */
    @Override
    public String toString() {
        boolean l = !language.isEmpty();
        boolean r = !country.isEmpty();
        boolean v = !variant.isEmpty();
        boolean s = !script.isEmpty();
        boolean e = extensions != null;
        StringBuilder sb = new StringBuilder(language);
        if (r || l && (v || s || e)) {
            sb.append('_').append(country);
        }
        if (v && (l || r)) {
            sb.append('_').append(variant);
        }
        if (s && (l || r)) {
            sb.append("_#").append(script);
        }
        if (e && (l || r)) {
            sb.append('_');
            if (!s) {
                sb.append('#');
            }
            sb.append(extensions.id);
        }
        return sb.toString();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = language.hashCode();
            h = 31 * h + script.hashCode();
            h = 31 * h + country.hashCode();
            h = 31 * h + variant.hashCode();
            if (extensions != null) {
                h ^= extensions.id.hashCode();
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale o = (Locale) obj;
        return language.equals(o.language) && script.equals(o.script) && country.equals(o.country)
                && variant.equals(o.variant)
                && (extensions == null ? o.extensions == null : o.extensions != null && extensions.id.equals(o.extensions.id));
    }
}
