package ingot.translator.image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NullPointerException messages of an image's null checks, written as read-only data that
 * ingot.runtime.exec.VmExceptions#nullPointer(long) reads (docs/ARCHITECTURE.md, "Helpful
 * NullPointerException messages"). Each distinct message is a record of two 32-bit offsets from
 * the record itself: to its action text, and to its cause clause (0 when it has none); each
 * distinct text is stored once, NUL-terminated UTF-8.
 * <pre>
 * npe_N:      dd npe_text_A - npe_N, npe_text_B - npe_N   ; B: 0 for no cause
 * npe_text_A: db "Cannot invoke ...", 0
 * </pre>
 */
public final class NullPointerTexts {
    private final Map<String, String> records = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final StringBuilder recordData = new StringBuilder();

    /** The label of the record of {@code action} followed by {@code because} (null: no cause clause). */
    public String label(String action, String because) {
        String key = action + '\0' + (because == null ? "" : because);
        String label = records.get(key);
        if (label == null) {
            label = "npe_" + records.size();
            records.put(key, label);
            recordData.append(label).append(": dd ").append(text(action)).append(" - ").append(label).append(", ")
                    .append(because == null ? "0" : text(because) + " - " + label).append('\n');
        }
        return label;
    }

    /** The records, then the texts, in .rodata; returns to .text at the end. */
    public String text() {
        if (records.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nsection .rodata\nalign 4\n").append(recordData);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            out.append(e.getValue()).append(": ").append(CodeTables.utf8(e.getKey())).append('\n');
        }
        return out.append("section .text\n").toString();
    }

    /** Counts for the build's report: distinct messages and distinct texts. */
    public int messageCount() {
        return records.size();
    }

    public int textCount() {
        return texts.size();
    }

    private String text(String value) {
        return texts.computeIfAbsent(value, v -> "npe_text_" + texts.size());
    }
}
