package ingot.translator.image;

import ingot.runtime.link.FieldSlot;
import ingot.runtime.link.LinkedClass;
import ingot.runtime.link.Linker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interned string literals of an image: each a String object whose {@code value} is a char[]
 * object beside it, laid out as the linker lays out java.lang.String and arrays. Equal literals
 * are one object, as JLS §3.10.5 requires.
 */
public final class StringLiterals {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private boolean allRequested;

    /** The label of the String object of {@code value}. */
    public String label(String value) {
        return labels.computeIfAbsent(value, v -> "str_" + labels.size());
    }

    /** The label of an Object[] holding every literal (for String.intern); written by {@link #text}. */
    public static final String ALL = "ingot_string_literals";

    /** Asks for the Object[] of every literal ({@link #ALL}) to be written too. */
    public void requestAll() {
        allRequested = true;
    }

    /** All literals as data, then, when requested, the Object[] of all of them. */
    public String text(Linker linker) {
        if (!allRequested) {
            return literals(linker);
        }
        StringBuilder all = new StringBuilder("align 8\n" + ALL + ":\n    dq " + ClassObjects.label("[Ljava/lang/Object;")
                + ", 0\n    dd " + labels.size() + ", 0\n");
        for (String label : labels.values()) {
            all.append("    dq ").append(label).append('\n');
        }
        return literals(linker) + all;
    }

    private String literals(Linker linker) {
        if (labels.isEmpty()) {
            return "";
        }
        LinkedClass string = linker.link("java/lang/String");
        FieldSlot value = field(string, "value", "[C");
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            String label = e.getValue();
            DataWriter s = new DataWriter();
            s.put(0, 8, ClassObjects.label("java/lang/String"));
            s.put(value.offset(), 8, label + ".value");
            out.append("align 8\n").append(label).append(":\n").append(s.lines(string.instanceSize()));
            out.append("align 8\n").append(label).append(".value:\n    dq ").append(ClassObjects.label("[C"))
                    .append(", 0\n    dd ").append(e.getKey().length()).append(", 0\n");
            chars(out, e.getKey());
        }
        return out.toString();
    }

    private static void chars(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i += 16) {
            out.append("    dw ");
            for (int j = i; j < Math.min(s.length(), i + 16); j++) {
                out.append(j > i ? ", " : "").append((int) s.charAt(j));
            }
            out.append('\n');
        }
        out.append("    align 8, db 0\n");
    }

    private static FieldSlot field(LinkedClass k, String name, String descriptor) {
        FieldSlot slot = k.instanceField(name, descriptor);
        if (slot == null) {
            throw new IllegalStateException(k.name() + " has no field " + name + " " + descriptor
                    + ": the image's String layout expects one");
        }
        return slot;
    }
}
