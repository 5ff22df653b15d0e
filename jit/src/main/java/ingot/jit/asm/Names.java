package ingot.jit.asm;

/** Checks that label and symbol names are NASM identifiers. */
final class Names {
    private Names() {
    }

    /** {@code name} if it is a NASM identifier: [A-Za-z._?][A-Za-z0-9_$#@~.?]*, else throws. */
    static String checkIdentifier(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = isLetter(c) || c == '.' || c == '_' || c == '?'
                || i > 0 && (isDigit(c) || c == '$' || c == '#' || c == '@' || c == '~');
            if (!ok) {
                throw new IllegalArgumentException(what + " name is not a NASM identifier: " + name);
            }
        }
        return name;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
