package java.lang;

import java.io.PrintStream;

/** Prints a throwable, its suppressed exceptions and causes in the JDK's layout. */
final class StackTracePrinter {
    private final PrintStream out;
    private Throwable[] seen = new Throwable[8];
    private int seenCount;

    StackTracePrinter(PrintStream out) {
        this.out = out;
    }

    void print(Throwable t) {
        remember(t);
        out.println(t);
        StackTraceElement[] frames = t.frames();
        for (int i = 0; i < frames.length; i++) {
            out.println("\tat " + frames[i]);
        }
        printChildren(t, frames, "");
    }

    private void printChildren(Throwable t, StackTraceElement[] frames, String prefix) {
        Throwable[] suppressed = t.getSuppressed();
        for (int i = 0; i < suppressed.length; i++) {
            printEnclosed(suppressed[i], frames, "Suppressed: ", prefix + "\t");
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            printEnclosed(cause, frames, "Caused by: ", prefix);
        }
    }

    private void printEnclosed(Throwable t, StackTraceElement[] enclosing, String caption, String prefix) {
        if (wasSeen(t)) {
            out.println(prefix + caption + "[CIRCULAR REFERENCE: " + t + "]");
            return;
        }
        remember(t);
        StackTraceElement[] frames = t.frames();
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = frames.length - 1 - m;
        out.println(prefix + caption + t);
        for (int i = 0; i <= m; i++) {
            out.println(prefix + "\tat " + frames[i]);
        }
        if (inCommon != 0) {
            out.println(prefix + "\t... " + inCommon + " more");
        }
        printChildren(t, frames, prefix);
    }

    private boolean wasSeen(Throwable t) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i] == t) {
                return true;
            }
        }
        return false;
    }

    private void remember(Throwable t) {
        if (seenCount == seen.length) {
            Throwable[] grown = new Throwable[seenCount * 2];
            System.arraycopy(seen, 0, grown, 0, seenCount);
            seen = grown;
        }
        seen[seenCount++] = t;
    }
}
