package ingot.jit.compiler;

/**
 * The routines compiled code calls on its slow paths, with the registers they take (the normal
 * calling convention). Each is entered with a call, so its return address identifies the
 * instruction that needed it (for stack traces); those that throw do not return.
 */
public final class RuntimeRoutine {
    /** Throws ArithmeticException("/ by zero"). */
    public static final String DIVIDE_BY_ZERO = "ingot_rt_divide_by_zero";
    /** xmm0 = xmm0 % xmm1 for floats (Java's frem); returns. */
    public static final String FLOAT_REMAINDER = "ingot_rt_frem";
    /** xmm0 = xmm0 % xmm1 for doubles (Java's drem); returns. */
    public static final String DOUBLE_REMAINDER = "ingot_rt_drem";
    /**
     * rdi = the message of {@link CompilerEnvironment#nullPointerMessage} (0 for none): throws
     * NullPointerException.
     */
    public static final String NULL_POINTER = "ingot_rt_null_pointer";
    /** edi = index, esi = length: throws ArrayIndexOutOfBoundsException. */
    public static final String ARRAY_INDEX = "ingot_rt_array_index";
    /** rdi = array, rsi = non-null value: returns if the value may be stored, else throws ArrayStoreException. */
    public static final String ARRAY_STORE_CHECK = "ingot_rt_array_store_check";
    /** rdi = Class, esi = instance size: returns a zeroed instance in rax (or throws OutOfMemoryError). */
    public static final String NEW_INSTANCE = "ingot_rt_new";
    /** rdi = array Class, esi = length: returns a zeroed array in rax (NegativeArraySizeException, OutOfMemoryError). */
    public static final String NEW_ARRAY = "ingot_rt_new_array";
    /**
     * rdi = array Class, rsi = address of the first dimension's slot, edx = dimensions: the
     * dimensions are at rsi, rsi - 8, ... (operand-stack slots grow downwards); returns the array.
     */
    public static final String NEW_MULTI_ARRAY = "ingot_rt_new_multi_array";
    /** rdi = non-null object, rsi = Class: returns if the object is an instance, else throws ClassCastException. */
    public static final String CHECKCAST = "ingot_rt_checkcast";
    /** rdi = non-null object, rsi = Class: eax = 1 if the object is an instance, else 0. */
    public static final String INSTANCEOF = "ingot_rt_instanceof";
    /** rdi = receiver's Class, rsi = interface Class, edx = itable index: rax = the method's entry. */
    public static final String ITABLE_LOOKUP = "ingot_rt_itable";
    /** rdi = Throwable (null throws NullPointerException): unwinds to the handler. */
    public static final String THROW = "ingot_rt_throw";
    /** A vtable or itable entry for an abstract method: throws AbstractMethodError. */
    public static final String ABSTRACT_METHOD = "ingot_rt_abstract_method";
    /** An itable entry for conflicting default methods: throws IncompatibleClassChangeError. */
    public static final String CONFLICTING_METHOD = "ingot_rt_conflicting_method";
    /** An itable entry selecting a non-public class method: throws IllegalAccessError. */
    public static final String ILLEGAL_ACCESS_METHOD = "ingot_rt_illegal_access_method";
    /**
     * Called from a prologue whose frame would pass the stack limit, before the frame is
     * allocated (its return address is no call site): throws StackOverflowError as if from the
     * caller's invoke.
     */
    public static final String STACK_OVERFLOW = "ingot_rt_stack_overflow";
    /** rdi = Class: runs the class's initialisation (JVMS §5.5) unless done or in progress on this thread. */
    public static final String INITIALIZE = "ingot_rt_initialize";

    private RuntimeRoutine() {
    }
}
