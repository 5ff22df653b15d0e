package java.util;

/**
 * The 26 grandfathered tags of RFC 5646 (irregular and regular) and what the JDK's
 * Locale.forLanguageTag reads each as: the IANA registry's preferred value where there is one,
 * else the tag kept as private use ("i-default" reads as "en-x-i-default"). Matched whole and
 * case-insensitively.
 */
final class LocaleGrandfathered {
    private static final String[] TAGS = {
        "art-lojban", "jbo",
        "cel-gaulish", "xtg-x-cel-gaulish",
        "en-GB-oed", "en-GB-x-oed",
        "i-ami", "ami",
        "i-bnn", "bnn",
        "i-default", "en-x-i-default",
        "i-enochian", "und-x-i-enochian",
        "i-hak", "hak",
        "i-klingon", "tlh",
        "i-lux", "lb",
        "i-mingo", "see-x-i-mingo",
        "i-navajo", "nv",
        "i-pwn", "pwn",
        "i-tao", "tao",
        "i-tay", "tay",
        "i-tsu", "tsu",
        "no-bok", "nb",
        "no-nyn", "nn",
        "sgn-BE-FR", "sfb",
        "sgn-BE-NL", "vgt",
        "sgn-CH-DE", "sgg",
        "zh-guoyu", "cmn",
        "zh-hakka", "hak",
        "zh-min", "nan-x-zh-min",
        "zh-min-nan", "nan",
        "zh-xiang", "hsn",
    };

    private LocaleGrandfathered() {
    }

    /** The tag to parse instead of {@code tag}: its replacement if it is grandfathered, else tag. */
    static String replacement(String tag) {
        for (int i = 0; i < TAGS.length; i += 2) {
            if (LocaleAscii.equalsIgnoreCase(TAGS[i], tag)) {
                return TAGS[i + 1];
            }
        }
        return tag;
    }
}
