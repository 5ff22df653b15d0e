package ingot.runtime.classfile;

/** One entry of the BootstrapMethods attribute (JVMS §4.7.23): a MethodHandle and its static arguments. */
public final class BootstrapMethod {
    private final int methodHandle;
    private final int[] arguments;

    BootstrapMethod(int methodHandle, int[] arguments) {
        this.methodHandle = methodHandle;
        this.arguments = arguments;
    }

    /** The pool index of the bootstrap method's MethodHandle entry. */
    public int methodHandle() {
        return methodHandle;
    }

    /** The pool indices of the loadable constants passed as static arguments. */
    public int[] arguments() {
        return arguments;
    }
}
