package java.util;

/**
 * The extensions of a Locale, immutable and canonical: singletons lower-cased and sorted, values
 * lower-cased; the Unicode extension ('u') as sorted attributes and keywords (key to type, the
 * first of duplicate keys winning), written back as "attr1-attr2-key1-type-key2"; private use
 * ('x') last in {@link #id}, the form Locale.toString shows and hashCode hashes.
 */
final class LocaleExtensions {
    private static final char UNICODE = 'u';
    private static final char PRIVATE_USE = 'x';

    /** Singleton to value, sorted; the 'u' value is the canonical Unicode extension. */
    private final TreeMap<Character, String> values;
    private final TreeSet<String> attributes;
    private final TreeMap<String, String> keywords;
    /** "a-value-u-value-x-value": private use last. */
    final String id;

    private LocaleExtensions(TreeMap<Character, String> values, TreeSet<String> attributes,
            TreeMap<String, String> keywords) {
        this.values = values;
        this.attributes = attributes;
        this.keywords = keywords;
        if (!attributes.isEmpty() || !keywords.isEmpty()) {
            values.put(UNICODE, unicodeValue(attributes, keywords));
        }
        this.id = idOf(values);
    }

    /**
     * The extensions of a parsed tag (each "s-value" of {@code extensions}, the first of duplicate
     * singletons winning) and its private use value without the "x-" (null or empty: none); null
     * when there are none.
     */
    static LocaleExtensions of(List<String> extensions, String privateUse) {
        TreeMap<Character, String> values = new TreeMap<>();
        TreeSet<String> attributes = new TreeSet<>();
        TreeMap<String, String> keywords = new TreeMap<>();
        boolean sawUnicode = false;
        for (int i = 0; i < extensions.size(); i++) {
            String e = extensions.get(i);
            char key = LocaleAscii.lower(e.charAt(0));
            if (key == UNICODE) {
                if (!sawUnicode) {
                    sawUnicode = true;
                    readUnicode(LocaleAscii.lower(e.substring(2)), attributes, keywords);
                }
            } else if (!values.containsKey(key)) {
                values.put(key, LocaleAscii.lower(e.substring(2)));
            }
        }
        if (privateUse != null && !privateUse.isEmpty()) {
            values.put(PRIVATE_USE, LocaleAscii.lower(privateUse));
        }
        if (values.isEmpty() && attributes.isEmpty() && keywords.isEmpty()) {
            return null;
        }
        return new LocaleExtensions(values, attributes, keywords);
    }

    /** One Unicode keyword: "ca-japanese", "nu-thai" (the JDK's ja_JP_JP and th_TH_TH). */
    static LocaleExtensions unicodeKeyword(String key, String type) {
        TreeMap<String, String> keywords = new TreeMap<>();
        keywords.put(key, type);
        return new LocaleExtensions(new TreeMap<Character, String>(), new TreeSet<String>(), keywords);
    }

    /**
     * Attributes (3-8 alphanumerics before the first key), then keys (2 alphanumerics) each with
     * the type subtags after it, joined by '-' ("" when none); a repeated key and its type are
     * ignored.
     */
    private static void readUnicode(String value, TreeSet<String> attributes, TreeMap<String, String> keywords) {
        String[] subtags = LocaleSubtags.split(value, '-');
        int i = 0;
        while (i < subtags.length && LocaleSubtags.isUnicodeValue(subtags[i])) {
            attributes.add(subtags[i++]);
        }
        while (i < subtags.length) {
            String key = subtags[i++];
            StringBuilder type = new StringBuilder();
            while (i < subtags.length && !LocaleSubtags.isUnicodeKey(subtags[i])) {
                if (type.length() > 0) {
                    type.append('-');
                }
                type.append(subtags[i++]);
            }
            if (!keywords.containsKey(key)) {
                keywords.put(key, type.toString());
            }
        }
    }

    private static String unicodeValue(TreeSet<String> attributes, TreeMap<String, String> keywords) {
        StringBuilder sb = new StringBuilder();
        for (String a : attributes) {
            append(sb, a);
        }
        for (Map.Entry<String, String> k : keywords.entrySet()) {
            append(sb, k.getKey());
            if (!k.getValue().isEmpty()) {
                append(sb, k.getValue());
            }
        }
        return sb.toString();
    }

    private static String idOf(TreeMap<Character, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Character, String> e : values.entrySet()) {
            if (e.getKey().charValue() != PRIVATE_USE) {
                append(sb, e.getKey() + "-" + e.getValue());
            }
        }
        String privateUse = values.get(PRIVATE_USE);
        if (privateUse != null) {
            append(sb, "x-" + privateUse);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append('-');
        }
        sb.append(s);
    }

    /** The value of the extension {@code key} (any case), or null. */
    String value(char key) {
        return values.get(LocaleAscii.lower(key));
    }

    /** The type of a Unicode keyword (any case), "" for a key without type, null when absent. */
    String unicodeType(String key) {
        return keywords.get(LocaleAscii.lower(key));
    }

    Set<Character> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    Set<String> unicodeAttributes() {
        return Collections.unmodifiableSet(attributes);
    }

    Set<String> unicodeKeys() {
        return Collections.unmodifiableSet(keywords.keySet());
    }

    /** The singletons other than 'x', in order, each as "s-value" (the tag's extensions). */
    List<String> tagExtensions() {
        List<String> list = new ArrayList<>();
        for (Map.Entry<Character, String> e : values.entrySet()) {
            if (e.getKey().charValue() != PRIVATE_USE) {
                list.add(e.getKey() + "-" + e.getValue());
            }
        }
        return list;
    }

    /** The private use value without "x-", or null. */
    String privateUse() {
        return values.get(PRIVATE_USE);
    }
}
