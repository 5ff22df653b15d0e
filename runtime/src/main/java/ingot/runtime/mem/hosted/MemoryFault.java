package ingot.runtime.mem.hosted;

/**
 * An access to simulated memory that is not mapped (or an address that holds no object): what
 * would be a page fault in the image.
 */
public final class MemoryFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long address;

    public MemoryFault(long address, String what) {
        super(what + " at 0x" + Long.toHexString(address));
        this.address = address;
    }

    /** The first address that could not be accessed. */
    public long address() {
        return address;
    }
}
