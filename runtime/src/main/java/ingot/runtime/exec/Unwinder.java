package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * Throwing (ingot_rt_throw, JVMS §6.5 athrow): walks the frames from the thrower outwards; in
 * each compiled frame maps the return address to its bytecode index (CodeTable) and takes the
 * first exception handler that covers it and catches the exception's class; resumes there with
 * the frame's stack pointer and the exception in operand-stack slot 0. No handler: the uncaught
 * report, then exit status 1.
 */
public final class Unwinder {
    /** The image's code table; the translator provides it. */
    static long codeTable;

    private Unwinder() {
    }

    /** ingot_rt_throw: rdi = the exception (null throws NullPointerException). */
    public static void raise(Object exception) {
        if (exception == null) {
            exception = new NullPointerException();
        }
        long exceptionClass = Mem.loadLong(Mem.addressOf(exception));
        long fp = Mem.framePointer();
        long returnAddress = FrameWalker.returnAddress(fp);
        fp = FrameWalker.callerFrame(fp);
        while (fp != 0) {
            int method = CodeTable.methodAt(codeTable, returnAddress);
            if (method >= 0) {
                tryHandlers(method, returnAddress, fp, exceptionClass, exception);
            }
            returnAddress = FrameWalker.returnAddress(fp);
            fp = FrameWalker.callerFrame(fp);
        }
        Uncaught.report(exception);
    }

    /** Resumes at the first handler of the method at {@code fp} that catches the exception, if any. */
    private static void tryHandlers(int method, long returnAddress, long fp, long exceptionClass, Object exception) {
        long record = CodeTable.record(codeTable, method);
        int pc = CodeTable.pcOfReturn(record, CodeTable.start(codeTable, method), returnAddress);
        int handlers = CodeTable.handlerCount(record);
        for (int i = 0; i < handlers; i++) {
            if (!CodeTable.handlerCovers(record, i, pc)) {
                continue;
            }
            long catches = CodeTable.handlerCatchClass(record, i);
            if (catches == 0 || TypeChecks.isAssignable(exceptionClass, catches)) {
                long slot0 = fp - 8 * (CodeTable.maxLocals(record) + 1);
                Mem.storeLong(slot0, Mem.addressOf(exception));
                long handler = CodeTable.handlerAddress(record, i);
                long stackPointer = fp - CodeTable.frameBytes(record);
                // the last call before the jump: a restored stack limit must meet no more prologues down here
                StackGuard.resumingAt(stackPointer);
                Mem.resume(handler, fp, stackPointer);
            }
        }
    }
}
