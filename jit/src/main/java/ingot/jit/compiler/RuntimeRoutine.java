package ingot.jit.compiler;

/**
 * The routines compiled code calls on its slow paths. Each is entered with a call (so the return
 * address identifies the faulting instruction for the stack trace) and does not return unless
 * noted.
 */
public final class RuntimeRoutine {
    /** Throws ArithmeticException("/ by zero"). */
    public static final String DIVIDE_BY_ZERO = "ingot_rt_divide_by_zero";
    /** Computes a float remainder: xmm0 = fmod(xmm0, xmm1) with Java's frem semantics; returns. */
    public static final String FLOAT_REMAINDER = "ingot_rt_frem";
    /** Computes a double remainder: xmm0 = fmod(xmm0, xmm1) with Java's drem semantics; returns. */
    public static final String DOUBLE_REMAINDER = "ingot_rt_drem";

    private RuntimeRoutine() {
    }
}
