package java.util;

/**
 * A language tag read as far as it is well-formed (the JDK's forLanguageTag is lenient: it keeps
 * the subtags before the first one out of place and ignores the rest): language, up to three
 * extlangs, script, region, variants, extensions (each "s-sub-sub" as written, duplicates
 * included) and private use ("x-sub..."). A tag that starts with neither a language nor "x" is
 * read as nothing; an extension or private-use singleton without a subtag after it ends the
 * reading there and is dropped. Parts keep the case they were written in.
 */
final class LocaleTag {
    String language = "";
    final List<String> extlangs = new ArrayList<>(3);
    String script = "";
    String region = "";
    final List<String> variants = new ArrayList<>();
    final List<String> extensions = new ArrayList<>();
    String privateUse = "";

    private final String[] subtags;
    private int next;
    private boolean broken;

    private LocaleTag(String tag) {
        this.subtags = LocaleSubtags.split(tag, '-');
    }

    static LocaleTag parse(String tag) {
        LocaleTag t = new LocaleTag(LocaleGrandfathered.replacement(tag));
        t.read();
        return t;
    }

    private void read() {
        if (more() && !LocaleSubtags.isPrivateUsePrefix(current())) {
            if (!LocaleSubtags.isLanguage(current())) {
                return;
            }
            language = take();
            while (more() && extlangs.size() < 3 && LocaleSubtags.isExtlang(current())) {
                extlangs.add(take());
            }
            if (more() && LocaleSubtags.isScript(current())) {
                script = take();
            }
            if (more() && LocaleSubtags.isRegion(current())) {
                region = take();
            }
            while (more() && LocaleSubtags.isVariant(current())) {
                variants.add(take());
            }
            readExtensions();
        }
        if (!broken && more() && LocaleSubtags.isPrivateUsePrefix(current())) {
            String prefix = take();
            String value = readRun(1);
            if (value == null) {
                broken = true;
            } else {
                privateUse = prefix + "-" + value;
            }
        }
    }

    private void readExtensions() {
        while (more() && LocaleSubtags.isExtensionSingleton(current())) {
            String singleton = take();
            String value = readRun(2);
            if (value == null) {
                broken = true;
                return;
            }
            extensions.add(singleton + "-" + value);
        }
    }

    /**
     * The subtags from here while they are extension subtags (minimum length 2) or private-use
     * subtags (minimum 1), joined by '-'; null when there is none.
     */
    private String readRun(int minimum) {
        StringBuilder sb = new StringBuilder();
        while (more()) {
            String s = current();
            boolean ok = minimum == 2 ? LocaleSubtags.isExtensionSubtag(s) : LocaleSubtags.isPrivateUseSubtag(s);
            if (!ok) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(take());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private boolean more() {
        return next < subtags.length;
    }

    private String current() {
        return subtags[next];
    }

    private String take() {
        return subtags[next++];
    }
}
