package ingot.runtime.exec;

import ingot.runtime.mem.Uninterruptible;

/**
 * The failures the runtime cannot turn into Java exceptions: running out of memory or stack while
 * the reserve kept for throwing OutOfMemoryError or StackOverflowError is in use. The image
 * supplies them in assembly (they must not need the memory or stack they lack): each prints the
 * error on stderr as an uncaught one and exits with status 1.
 */
public final class Fatal {
    private Fatal() {
    }

    /** java.lang.OutOfMemoryError. */
    @Uninterruptible("ends the program where allocation failed")
    public static native void outOfMemory();

    /** java.lang.StackOverflowError. */
    @Uninterruptible("ends the program where the stack ran out")
    public static native void stackOverflow();
}
