package java.lang;

import java.io.OutputStream;

/** An unbuffered stream to one of the VM's consoles (1 = standard output, 2 = standard error). */
final class ConsoleOutputStream extends OutputStream {
    private final int fd;

    ConsoleOutputStream(int fd) {
        this.fd = fd;
    }

    @Override
    public void write(int b) {
        write0(fd, new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        write0(fd, b, off, len);
    }

    /** VM: writes bytes {@code off..off+len} of {@code b} to console {@code fd}. */
    private static native void write0(int fd, byte[] b, int off, int len);
}
