package ingot.runtime.exec;

import ingot.runtime.mem.Uninterruptible;

/**
 * The one failure the runtime cannot turn into a Java exception yet: running out of memory (the
 * OutOfMemoryError itself would need memory). The image supplies it: it prints the error on
 * stderr and exits with status 1.
 */
public final class Fatal {
    private Fatal() {
    }

    /** java.lang.OutOfMemoryError. */
    @Uninterruptible("ends the program where allocation failed")
    public static native void outOfMemory();
}
