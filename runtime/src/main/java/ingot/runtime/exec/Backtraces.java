package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * Stack traces (Throwable's natives): {@link #capture} records the return addresses of the
 * compiled frames above the throwable's construction, {@link #decode} turns them into
 * StackTraceElements through the code tables, as HotSpot prints them: the innermost frame is the
 * method that created the throwable (the constructors of its class and superclasses,
 * fillInStackTrace and the VM's own routines are left out), and no frame of the VM's runtime
 * appears anywhere in it.
 */
public final class Backtraces {
    private static final String VM_PACKAGE = "ingot/runtime/exec/";
    /**
     * What the names of the classes the translator makes for lambdas hold ({@code Host$$Lambda$N}):
     * they are HotSpot's hidden classes, whose frames its stack traces leave out.
     */
    private static final String LAMBDA_CLASS = "$$Lambda$";
    /** HotSpot's MaxJavaStackTraceDepth: a trace keeps the innermost 1024 frames. */
    private static final int MAX_DEPTH = 1024;

    private Backtraces() {
    }

    /** Throwable.captureBacktrace: a long[] of return addresses, innermost first. */
    public static Object capture(Object throwable) {
        long table = Unwinder.codeTable;
        long first = Mem.framePointer();
        while (first != 0 && isHidden(table, FrameWalker.returnAddress(first), throwable)) {
            first = FrameWalker.callerFrame(first);
        }
        int count = 0;
        for (long fp = first; fp != 0 && count < MAX_DEPTH; fp = FrameWalker.callerFrame(fp)) {
            if (isShown(table, FrameWalker.returnAddress(fp))) {
                count++;
            }
        }
        long[] addresses = new long[count];
        int i = 0;
        for (long fp = first; fp != 0 && i < count; fp = FrameWalker.callerFrame(fp)) {
            long address = FrameWalker.returnAddress(fp);
            if (isShown(table, address)) {
                addresses[i++] = address;
            }
        }
        return addresses;
    }

    /** A frame of compiled Java that is neither the VM's runtime nor a lambda class. */
    private static boolean isShown(long table, long returnAddress) {
        int method = CodeTable.methodAt(table, returnAddress);
        if (method < 0) {
            return false;
        }
        long className = CodeTable.name(CodeTable.record(table, method), CodeTable.CLASS_NAME);
        return !ClassNames.startsWith(className, VM_PACKAGE) && !ClassNames.contains(className, LAMBDA_CLASS);
    }

    /**
     * Throwable.decodeBacktrace: the frames of a capture, innermost first. A return address that is
     * no call site is a prologue's stack-overflow call: that frame shows the method's first line.
     */
    public static StackTraceElement[] decode(Object backtrace) {
        long table = Unwinder.codeTable;
        long[] addresses = (long[]) backtrace;
        StackTraceElement[] frames = new StackTraceElement[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            int method = CodeTable.methodAt(table, addresses[i]);
            long record = CodeTable.record(table, method);
            int pc = CodeTable.pcOfReturn(record, CodeTable.start(table, method), addresses[i]);
            frames[i] = new StackTraceElement(
                    ClassNames.text(CodeTable.name(record, CodeTable.CLASS_NAME)).replace('/', '.'),
                    ClassNames.text(CodeTable.name(record, CodeTable.METHOD_NAME)),
                    ClassNames.text(CodeTable.name(record, CodeTable.SOURCE_FILE)),
                    CodeTable.lineOf(record, Math.max(pc, 0)));
        }
        return frames;
    }

    /**
     * The frames a trace starts after, as HotSpot's: fillInStackTrace, the constructors of the
     * throwable's class and its superclasses (not other constructors), and the VM's runtime.
     */
    private static boolean isHidden(long table, long returnAddress, Object throwable) {
        int method = CodeTable.methodAt(table, returnAddress);
        if (method < 0) {
            return true;
        }
        long record = CodeTable.record(table, method);
        String name = ClassNames.text(CodeTable.name(record, CodeTable.METHOD_NAME));
        String owner = ClassNames.text(CodeTable.name(record, CodeTable.CLASS_NAME));
        return (name.equals("<init>") && isClassOrSuperclassOf(owner.replace('/', '.'), throwable))
                || name.equals("fillInStackTrace") || owner.startsWith(VM_PACKAGE);
    }

    private static boolean isClassOrSuperclassOf(String className, Object object) {
        for (Object k = ClassNames.classOf(object); k != null; k = ClassNatives.getSuperclass(k)) {
            if (ClassNames.binaryName(k).equals(className)) {
                return true;
            }
        }
        return false;
    }
}
