package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The class library's console (ConsoleOutputStream.write0) on the boot shim's console:
 * {@link #shimWrite} is the shim's {@code console_write} itself (stream 1 = standard output,
 * 2 = standard error), called with the Ingot convention, which is the shim's.
 */
public final class Console {
    private Console() {
    }

    /** ConsoleOutputStream.write0: bytes {@code off..off+len} of {@code b} to console {@code fd}. */
    public static void write(int fd, byte[] b, int off, int len) {
        shimWrite(fd, Mem.addressOf(b) + Heap.ARRAY_BASE + off, len);
    }

    /** The shim's console_write(edi = stream, rsi = address, rdx = length). */
    static native void shimWrite(int stream, long address, long length);
}
