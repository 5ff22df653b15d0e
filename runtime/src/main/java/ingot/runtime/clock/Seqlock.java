package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * Reading a record that the hypervisor rewrites under a 32-bit version (pvclock, Xen's and KVM's
 * wall clocks): the version is odd while a rewrite is under way and changes with each one. A
 * reader loops: {@code v = begin(at)}, read the fields, until {@code !changed(at, v)}.
 */
@Uninterruptible("reads hypervisor records")
final class Seqlock {
    private Seqlock() {
    }

    /** Waits for an even version at {@code versionAddress}; returns it. The field loads come after. */
    static int begin(long versionAddress) {
        int version;
        do {
            version = Mem.loadInt(versionAddress);
        } while ((version & 1) != 0);
        Mem.loadFence();
        return version;
    }

    /** True when the record was rewritten since {@link #begin} returned {@code version}: read it again. */
    static boolean changed(long versionAddress, int version) {
        Mem.loadFence();
        return Mem.loadInt(versionAddress) != version;
    }
}
