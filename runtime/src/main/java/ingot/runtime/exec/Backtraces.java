package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * Stack traces (Throwable's natives): {@link #capture} records the return addresses of the
 * compiled frames above the throwable's construction, {@link #decode} turns them into
 * StackTraceElements through the code tables, as HotSpot prints them: the innermost frame is the
 * method that created the throwable (the constructors of its class and superclasses,
 * fillInStackTrace and the VM's own routines are left out).
 */
public final class Backtraces {
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
        for (long fp = first; fp != 0; fp = FrameWalker.callerFrame(fp)) {
            if (CodeTable.methodAt(table, FrameWalker.returnAddress(fp)) >= 0) {
                count++;
            }
        }
        long[] addresses = new long[count];
        int i = 0;
        for (long fp = first; fp != 0; fp = FrameWalker.callerFrame(fp)) {
            long address = FrameWalker.returnAddress(fp);
            if (CodeTable.methodAt(table, address) >= 0) {
                addresses[i++] = address;
            }
        }
        return addresses;
    }

    /** Throwable.decodeBacktrace: the frames of a capture, innermost first. */
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
                    CodeTable.lineOf(record, pc));
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
                || name.equals("fillInStackTrace") || owner.startsWith("ingot/runtime/exec/");
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
