package ingot.translator;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * The boot command line of {@code ingot run} and {@code ingot xl}: the positional words that
 * came after the first {@code --} of the original arguments (picocli hands every positional
 * word over in one list; only the original arguments show where {@code --} was).
 */
final class DashWords {
    private DashWords() {
    }

    /** The tail of {@code words} that followed the first {@code --}, empty when there was none. */
    static List<String> after(CommandLine.Model.CommandSpec spec, List<String> words) {
        String[] original = spec.commandLine().getParseResult().originalArgs().toArray(new String[0]);
        int dashes = Arrays.asList(original).indexOf("--");
        if (dashes < 0) {
            return List.of();
        }
        int count = Math.min(original.length - dashes - 1, words.size());
        return words.subList(words.size() - count, words.size());
    }
}
