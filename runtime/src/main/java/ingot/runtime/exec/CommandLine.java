package ingot.runtime.exec;

import java.util.ArrayList;

/**
 * The Java command line the boot command line carries (DESIGN.md, "Boot and platforms"):
 * {@code [options] MAIN-CLASS args...} or {@code [options] -jar JAR args...}. Options are
 * {@code -cp}/{@code -classpath}/{@code --class-path} with a value, {@code -D...}, {@code -X...},
 * {@code -ea}/{@code -da} and the boot shim's {@code ingot.*} switches; the program's arguments
 * are the words after the main class (or after the jar), split at spaces.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /** The arguments main receives. */
    public static String[] arguments(String commandLine) {
        String[] words = words(commandLine);
        int i = optionsEnd(words);
        i += i < words.length && words[i].equals("-jar") ? 2 : 1; // the main class, or -jar and the jar
        int count = Math.max(0, words.length - i);
        String[] arguments = new String[count];
        for (int k = 0; k < count; k++) {
            arguments[k] = words[i + k];
        }
        return arguments;
    }

    /** The main class the command line names, as written; null when it names none or runs {@code -jar JAR}. */
    public static String mainClass(String commandLine) {
        String[] words = words(commandLine);
        int i = optionsEnd(words);
        return i < words.length && !words[i].equals("-jar") ? words[i] : null;
    }

    /** True when {@code option} is one of the options before the main class (not an option's value). */
    public static boolean hasOption(String commandLine, String option) {
        String[] words = words(commandLine);
        int end = optionsEnd(words);
        for (int i = 0; i < end; i += takesValue(words[i]) ? 2 : 1) {
            if (words[i].equals(option)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word after the options: the main class or -jar. */
    private static int optionsEnd(String[] words) {
        int i = 0;
        while (i < words.length && isOption(words[i])) {
            i += takesValue(words[i]) ? 2 : 1;
        }
        return Math.min(i, words.length);
    }

    private static boolean isOption(String word) {
        return (word.startsWith("-") && !word.equals("-jar")) || word.startsWith("ingot.");
    }

    private static boolean takesValue(String word) {
        return word.equals("-cp") || word.equals("-classpath") || word.equals("--class-path");
    }

    private static String[] words(String text) {
        ArrayList<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        String[] array = new String[out.size()]; // not toArray(T[]): that needs Array.newArray
        for (int k = 0; k < array.length; k++) {
            array[k] = out.get(k);
        }
        return array;
    }
}
