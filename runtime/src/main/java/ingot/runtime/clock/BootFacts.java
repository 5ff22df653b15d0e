package ingot.runtime.clock;

import ingot.runtime.mem.Mem;
import ingot.runtime.mem.Uninterruptible;

/**
 * The facts of the boot-information record (boot/bootinfo.asm) that time depends on: the
 * platform, the TSC at kernel entry, Xen's shared_info and the clock page. Address 0 stands for
 * "no record" (test images that do not start the VM): platform other, nothing mapped.
 */
@Uninterruptible("reads the boot record")
final class BootFacts {
    static final int PLATFORM_OTHER = 0;
    static final int PLATFORM_KVM = 1;
    static final int PLATFORM_TCG = 2;
    static final int PLATFORM_XEN = 3;

    private static final int PLATFORM = 12;
    private static final int ENTRY_TSC = 136;
    private static final int SHARED_INFO = 176;
    private static final int CLOCK_PAGE = 184;

    private BootFacts() {
    }

    static int platform(long bootInfo) {
        return bootInfo == 0 ? PLATFORM_OTHER : Mem.loadInt(bootInfo + PLATFORM);
    }

    /** The TSC when the shim's first instruction ran; 0 when unknown. */
    static long entryTsc(long bootInfo) {
        return bootInfo == 0 ? 0 : Mem.loadLong(bootInfo + ENTRY_TSC);
    }

    /** Xen's shared_info as the shim mapped it; 0 off Xen. */
    static long sharedInfo(long bootInfo) {
        return bootInfo == 0 ? 0 : Mem.loadLong(bootInfo + SHARED_INFO);
    }

    /** A page of the image the clock may hand to the hypervisor; 0 when unknown. */
    static long clockPage(long bootInfo) {
        return bootInfo == 0 ? 0 : Mem.loadLong(bootInfo + CLOCK_PAGE);
    }
}
