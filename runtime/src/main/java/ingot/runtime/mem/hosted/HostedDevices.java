package ingot.runtime.mem.hosted;

/**
 * The devices and processor features of the simulated machine: what {@code Mem}'s port I/O, MSR,
 * hypercall, CPUID, rdtsc and hlt reach on HotSpot. Tests implement the methods they need; every
 * other one throws {@link UnsupportedOperationException} naming the access, except {@link #rdtsc}.
 */
public interface HostedDevices {
    /** No devices at all. */
    HostedDevices NONE = new HostedDevices() { };

    /** Reads {@code width} (1, 2 or 4) bytes from I/O port {@code port} (0..65535). */
    default int in(int port, int width) {
        throw unsupported("in from port 0x" + Integer.toHexString(port));
    }

    /** Writes the low {@code width} (1, 2 or 4) bytes of {@code value} to I/O port {@code port}. */
    default void out(int port, int width, int value) {
        throw unsupported("out to port 0x" + Integer.toHexString(port));
    }

    default long readMsr(int msr) {
        throw unsupported("rdmsr 0x" + Integer.toHexString(msr));
    }

    default void writeMsr(int msr, long value) {
        throw unsupported("wrmsr 0x" + Integer.toHexString(msr));
    }

    default long hypercall(long number, long a1, long a2, long a3, long a4, long a5) {
        throw unsupported("hypercall " + number);
    }

    /** Fills {@code registers[0..3]} with eax, ebx, ecx, edx. */
    default void cpuid(int leaf, int subleaf, int[] registers) {
        throw unsupported("cpuid leaf 0x" + Integer.toHexString(leaf));
    }

    /** A monotonic counter; by default {@link System#nanoTime()}. */
    default long rdtsc() {
        return System.nanoTime();
    }

    /** hlt: by default unsupported, since nothing would wake the processor. */
    default void halt() {
        throw unsupported("hlt");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("hosted: no device answers " + what
                + " (install a HostedMachine with HostedDevices that do)");
    }
}
