package ingot.runtime.classfile;

/**
 * Well-formedness of names and descriptors (JVMS §4.2, §4.3). Each check returns a boolean; the
 * caller turns false into a {@link ClassFormatError} with its own context.
 */
public final class Descriptors {
    /** JVMS §4.3.2: an array type may have at most 255 dimensions. */
    public static final int MAX_ARRAY_DIMENSIONS = 255;
    /** JVMS §4.3.3: a method's parameters may take at most 255 local slots, this included. */
    public static final int MAX_PARAMETER_SLOTS = 255;

    private Descriptors() {
    }

    /** An unqualified name (§4.2.2): non-empty, none of {@code . ; [ /}. */
    public static boolean isUnqualifiedName(String name) {
        return name.length() > 0 && unqualifiedEnd(name, 0, name.length()) == name.length();
    }

    /** A method name: an unqualified name without {@code < >}, or {@code <init>} / {@code <clinit>}. */
    public static boolean isMethodName(String name) {
        if (name.equals("<init>") || name.equals("<clinit>")) {
            return true;
        }
        if (!isUnqualifiedName(name)) {
            return false;
        }
        return name.indexOf('<') < 0 && name.indexOf('>') < 0;
    }

    /** A Class entry's name: a binary name in internal form, or an array descriptor. */
    public static boolean isClassName(String name) {
        if (name.length() > 0 && name.charAt(0) == '[') {
            return isFieldDescriptor(name);
        }
        return isInternalBinaryName(name, 0, name.length());
    }

    /** A binary name in internal form: unqualified names separated by single slashes. */
    static boolean isInternalBinaryName(String s, int start, int end) {
        if (start >= end) {
            return false;
        }
        int i = start;
        while (true) {
            int segmentEnd = unqualifiedEnd(s, i, end);
            if (segmentEnd == i) {
                return false;
            }
            if (segmentEnd == end) {
                return true;
            }
            if (s.charAt(segmentEnd) != '/') {
                return false;
            }
            i = segmentEnd + 1;
        }
    }

    /** A field descriptor (§4.3.2), the whole string. */
    public static boolean isFieldDescriptor(String d) {
        return fieldTypeEnd(d, 0) == d.length();
    }

    /** A method descriptor (§4.3.3), the whole string, parameter slots not counted. */
    public static boolean isMethodDescriptor(String d) {
        return parameterSlots(d) >= 0;
    }

    /**
     * The local slots a method descriptor's parameters take (long and double take two), or -1 when
     * the descriptor is malformed.
     */
    public static int parameterSlots(String d) {
        if (d.length() < 3 || d.charAt(0) != '(') {
            return -1;
        }
        int i = 1;
        int slots = 0;
        while (i < d.length() && d.charAt(i) != ')') {
            int end = fieldTypeEnd(d, i);
            if (end < 0) {
                return -1;
            }
            char c = d.charAt(i);
            slots += (c == 'J' || c == 'D') ? 2 : 1;
            i = end;
        }
        if (i >= d.length()) {
            return -1;
        }
        i++;
        if (i == d.length() - 1 && d.charAt(i) == 'V') {
            return slots;
        }
        return fieldTypeEnd(d, i) == d.length() ? slots : -1;
    }

    /** The keyword of a base type or void by its descriptor letter ({@code I} is {@code int}), or null. */
    public static String primitiveName(char c) {
        switch (c) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            case 'V': return "void";
            default: return null;
        }
    }

    /** True when a method descriptor returns void. Assumes a well-formed descriptor. */
    public static boolean returnsVoid(String d) {
        return d.charAt(d.length() - 1) == 'V' && d.charAt(d.length() - 2) == ')';
    }

    /**
     * The end of the field type starting at {@code i}, or -1 when there is none: also how code
     * walks the parameters of a checked method descriptor, one type at a time.
     */
    public static int fieldTypeEnd(String d, int i) {
        int dims = 0;
        while (i < d.length() && d.charAt(i) == '[') {
            dims++;
            i++;
        }
        if (dims > MAX_ARRAY_DIMENSIONS || i >= d.length()) {
            return -1;
        }
        switch (d.charAt(i)) {
            case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
                return i + 1;
            case 'L':
                int semicolon = d.indexOf(';', i + 1);
                if (semicolon < 0 || !isInternalBinaryName(d, i + 1, semicolon)) {
                    return -1;
                }
                return semicolon + 1;
            default:
                return -1;
        }
    }

    /** The end of the run of name characters from {@code i}: stops at {@code . ; [ /} or {@code end}. */
    private static int unqualifiedEnd(String s, int i, int end) {
        while (i < end) {
            char c = s.charAt(i);
            if (c == '.' || c == ';' || c == '[' || c == '/') {
                return i;
            }
            i++;
        }
        return end;
    }
}
