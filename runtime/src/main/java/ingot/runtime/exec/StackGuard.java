package ingot.runtime.exec;

/**
 * The stack limit compiled prologues check (StackOverflowError from a guard, not a crash). The
 * boot stack's lowest {@link #RESERVE} bytes are kept for throwing: every prologue compares the
 * stack pointer its frame would reach with {@link #limit}, which normally lies {@link #RESERVE}
 * above the stack's bottom. On overflow the limit drops to {@link #LAST_RESORT} above the bottom
 * while the StackOverflowError is made and thrown; the unwinder raises it again once a handler
 * resumes high enough above the normal limit. An overflow while the limit is lowered ends the
 * program with the error's report (Fatal.stackOverflow); below that, the boot stack's unmapped
 * guard page still catches a runaway as a fault.
 */
public final class StackGuard {
    /** Bytes above the bottom kept for throwing StackOverflowError. */
    public static final long RESERVE = 64 * 1024;
    /** Where the limit lies while the error is thrown: room for the fatal report only. */
    static final long LAST_RESORT = 8 * 1024;

    /** The boot stack's lowest address; the translator provides it. */
    static long bottom;
    /** The lowest stack pointer a frame may reach; the translator provides its first value. */
    static long limit;

    private StackGuard() {
    }

    /**
     * ingot_rt_stack_overflow: a prologue found its frame would pass the limit. Compiled without a
     * stack check of its own (CompilerEnvironment.stackLimit), it lowers the limit first.
     */
    public static void overflow() {
        if (limit != bottom + RESERVE) {
            Fatal.stackOverflow();
        }
        limit = bottom + LAST_RESORT;
        throw new StackOverflowError();
    }

    /** The unwinder resumes a handler with this stack pointer: the reserve is back when it is well above it. */
    static void resumingAt(long stackPointer) {
        if (stackPointer > bottom + 2 * RESERVE) {
            limit = bottom + RESERVE;
        }
    }
}
