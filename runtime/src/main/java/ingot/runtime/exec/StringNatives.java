package ingot.runtime.exec;

import java.util.HashMap;

/**
 * String.intern: one String per distinct value, the image's literals first (JLS §3.10.5: a
 * literal and an equal interned string are the same object).
 */
public final class StringNatives {
    /** Every string literal of the image, as an Object[]; the translator provides it. */
    static Object[] literals;
    private static HashMap<String, String> pool;

    private StringNatives() {
    }

    public static String intern(String s) {
        if (pool == null) {
            pool = new HashMap<>();
            for (Object literal : literals) {
                pool.put((String) literal, (String) literal);
            }
        }
        String known = pool.get(s);
        if (known != null) {
            return known;
        }
        pool.put(s, s);
        return s;
    }
}
