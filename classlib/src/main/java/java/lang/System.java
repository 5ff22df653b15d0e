package java.lang;

import java.io.PrintStream;

/** The VM's services to programs: the console streams, time, array copying, identity hashes. */
public final class System {
    /** Standard output: the VM's console, UTF-8, flushed at each line. */
    public static final PrintStream out = new PrintStream(new ConsoleOutputStream(1), true);
    /** Standard error: the VM's error console, UTF-8, flushed at each line. */
    public static final PrintStream err = new PrintStream(new ConsoleOutputStream(2), true);

    private System() {
    }

    /**
     * Copies {@code length} elements, correctly when the ranges overlap (VM intrinsic). Throws
     * NullPointerException, ArrayStoreException and IndexOutOfBoundsException as the JDK does.
     */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    /** The hash code Object.hashCode would return; 0 for null (VM intrinsic). */
    public static native int identityHashCode(Object x);

    /** A monotonic clock in nanoseconds (VM intrinsic). */
    public static native long nanoTime();

    /** Milliseconds since 1970-01-01T00:00Z (VM intrinsic). */
    public static native long currentTimeMillis();

    /** Ends the program with the given status (VM intrinsic); never returns. */
    public static native void exit(int status);

    public static String lineSeparator() {
        return "\n";
    }
}
