package ingot.translator.image;

/**
 * Java names to NASM identifiers, one-to-one: letters and digits stay; every other character
 * becomes {@code _} and a code ({@code __} for {@code _} itself, {@code _s} for {@code /},
 * {@code _uXXXX} for anything without a short code).
 */
public final class Mangle {
    private Mangle() {
    }

    /** The entry symbol of a method. */
    public static String method(String owner, String name, String descriptor) {
        return "m_" + escape(owner) + "_M" + escape(name) + "_D" + escape(descriptor);
    }

    /** The storage symbol of a static field. */
    public static String staticField(String owner, String name) {
        return "s_" + escape(owner) + "_F" + escape(name);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('_').append(code(c));
            }
        }
        return out.toString();
    }

    private static String code(char c) {
        switch (c) {
            case '_': return "_";
            case '/': return "s";
            case '$': return "d";
            case '<': return "l";
            case '>': return "g";
            case '(': return "p";
            case ')': return "q";
            case ';': return "c";
            case '[': return "a";
            case '.': return "o";
            default: return String.format("u%04x", (int) c);
        }
    }
}
