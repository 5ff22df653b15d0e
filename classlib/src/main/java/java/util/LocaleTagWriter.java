package java.util;

/**
 * Locale.toLanguageTag as JDK 17 writes it: each part that has a subtag's shape goes in (the rest
 * is left out); variant pieces (split at '_') that are BCP 47 variants follow the region, and the
 * pieces from the first one that is not, while they fit private use, go after "x-lvariant" (or
 * after the private use value and "-lvariant"); no_NO_NY is written nn-NO; an empty language is
 * "und" unless private use is all there is.
 */
final class LocaleTagWriter {
    private LocaleTagWriter() {
    }

    static String write(String language, String script, String country, String variant,
            LocaleExtensions extensions) {
        StringBuilder sb = new StringBuilder();
        String lang = LocaleSubtags.isLanguage(language) ? language : "";
        boolean hasSubtag = false;
        String region = "";
        if (LocaleSubtags.isRegion(country)) {
            region = country;
        }
        String var = variant;
        if (lang.equals("no") && region.equals("NO") && var.equals("NY")) {
            lang = "nn";
            var = "";
        }
        StringBuilder tail = new StringBuilder();
        if (LocaleSubtags.isScript(script)) {
            tail.append('-').append(LocaleAscii.title(script));
            hasSubtag = true;
        }
        if (!region.isEmpty()) {
            tail.append('-').append(LocaleAscii.upper(region));
            hasSubtag = true;
        }
        String privateVariant = null;
        if (!var.isEmpty()) {
            String[] pieces = LocaleSubtags.split(var, '_');
            int i = 0;
            while (i < pieces.length && LocaleSubtags.isVariant(pieces[i])) {
                tail.append('-').append(pieces[i++]);
                hasSubtag = true;
            }
            StringBuilder rest = new StringBuilder();
            while (i < pieces.length && LocaleSubtags.isPrivateUseSubtag(pieces[i])) {
                if (rest.length() > 0) {
                    rest.append('-');
                }
                rest.append(pieces[i++]);
            }
            if (rest.length() > 0) {
                privateVariant = rest.toString();
            }
        }
        String privateUse = null;
        if (extensions != null) {
            List<String> list = extensions.tagExtensions();
            for (int i = 0; i < list.size(); i++) {
                tail.append('-').append(list.get(i));
                hasSubtag = true;
            }
            privateUse = extensions.privateUse();
        }
        if (privateVariant != null) {
            privateUse = privateUse == null ? "lvariant-" + privateVariant : privateUse + "-lvariant-" + privateVariant;
        }
        if (lang.isEmpty() && (hasSubtag || privateUse == null)) {
            lang = "und";
        }
        sb.append(LocaleAscii.lower(lang)).append(tail);
        if (privateUse != null) {
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append("x-").append(privateUse);
        }
        return sb.toString();
    }
}
