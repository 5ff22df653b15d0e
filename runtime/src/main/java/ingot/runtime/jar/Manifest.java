package ingot.runtime.jar;

/**
 * A parsed {@code META-INF/MANIFEST.MF}: the main section and the named sections (each starting
 * with a {@code Name:} attribute). See {@link ManifestParser} for the accepted syntax.
 */
public final class Manifest {
    private final ManifestSection main;
    private final ManifestSection[] sections;
    private final String[] sectionNames;

    Manifest(ManifestSection main, ManifestSection[] sections, String[] sectionNames) {
        this.main = main;
        this.sections = sections;
        this.sectionNames = sectionNames;
    }

    /** Parses manifest bytes. */
    public static Manifest parse(byte[] data) throws JarFormatException {
        return new ManifestParser(data).parse();
    }

    /** The main section's {@code Main-Class}, trimmed; null when absent. */
    public String mainClass() {
        String v = main.get("Main-Class");
        return v == null ? null : v.trim();
    }

    /** The main section's {@code Class-Path} split at spaces and tabs; empty when absent. */
    public String[] classPath() {
        String v = main.get("Class-Path");
        return v == null ? new String[0] : splitWords(v);
    }

    /** True when the main section says {@code Multi-Release: true} (any case). */
    public boolean isMultiRelease() {
        String v = main.get("Multi-Release");
        return v != null && v.trim().equalsIgnoreCase("true");
    }

    /** An attribute of the section named {@code section} ({@code null}: the main section), or null. */
    public String value(String section, String name) {
        if (section == null) {
            return main.get(name);
        }
        for (int i = sections.length - 1; i >= 0; i--) {
            if (sectionNames[i].equals(section)) {
                return sections[i].get(name);
            }
        }
        return null;
    }

    /** The names of the named sections, in file order. */
    public String[] sectionNames() {
        String[] copy = new String[sectionNames.length];
        System.arraycopy(sectionNames, 0, copy, 0, copy.length);
        return copy;
    }

    private static String[] splitWords(String s) {
        String[] words = new String[s.length() / 2 + 1];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words[n++] = s.substring(start, i);
            }
        }
        String[] result = new String[n];
        System.arraycopy(words, 0, result, 0, n);
        return result;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
