package ingot.runtime.exec;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Walks the rbp chain of compiled frames (docs/ARCHITECTURE.md, "Execution model"): at a frame
 * pointer fp, [fp] is the caller's frame pointer and [fp + 8] the return address into the caller.
 * The chain ends at a frame pointer of 0 (the boot shim calls Java with rbp = 0).
 */
@Uninterruptible("walks raw frames")
public final class FrameWalker {
    private FrameWalker() {
    }

    /** The frame pointer of the frame that called the one at {@code fp}, or 0 at the end. */
    public static long callerFrame(long fp) {
        return Mem.loadLong(fp);
    }

    /** The address the frame at {@code fp} returns to, in its caller's code. */
    public static long returnAddress(long fp) {
        return Mem.loadLong(fp + 8);
    }
}
