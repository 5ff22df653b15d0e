package ingot.runtime.mem.hosted;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Host objects as addresses: the first {@link #addressOf} of an object gives it the next handle,
 * {@code BASE + STRIDE * n}, and the same object always gets the same handle. Handles are
 * non-canonical x86-64 addresses, so they never collide with {@link HostedMemory}, and a load
 * through one faults. Objects stay reachable for the machine's life.
 */
public final class ObjectHandles {
    /** The first handle: bit 62 set, so non-canonical. */
    public static final long BASE = 0x4000_0000_0000_0000L;
    /** Handles are 16 bytes apart, aligned as objects are in the image. */
    public static final long STRIDE = 16;

    private final IdentityHashMap<Object, Long> addresses = new IdentityHashMap<>();
    private final List<Object> objects = new ArrayList<>();

    /** The handle of {@code o}, made on first use; 0 for null. */
    public long addressOf(Object o) {
        if (o == null) {
            return 0;
        }
        Long known = addresses.get(o);
        if (known != null) {
            return known;
        }
        long address = BASE + STRIDE * objects.size();
        objects.add(o);
        addresses.put(o, address);
        return address;
    }

    /** The object whose handle is {@code address}; null for 0; a {@link MemoryFault} for any other address. */
    public Object objectAt(long address) {
        if (address == 0) {
            return null;
        }
        long offset = address - BASE;
        if (offset < 0 || offset % STRIDE != 0 || offset / STRIDE >= objects.size()) {
            throw new MemoryFault(address, "no object");
        }
        return objects.get((int) (offset / STRIDE));
    }
}
