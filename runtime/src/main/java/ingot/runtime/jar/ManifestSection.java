package ingot.runtime.jar;

/** The attributes of one manifest section, in order; names compare ignoring ASCII case. */
final class ManifestSection {
    private String[] names = new String[8];
    private String[] values = new String[8];
    private int count;

    int count() {
        return count;
    }

    /** Adds or (for a repeated name, as the JDK does) replaces an attribute. */
    void put(String name, String value) {
        int i = indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        if (count == names.length) {
            names = grow(names);
            values = grow(values);
        }
        names[count] = name;
        values[count] = value;
        count++;
    }

    String get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    private int indexOf(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] grow(String[] a) {
        String[] b = new String[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }
}
