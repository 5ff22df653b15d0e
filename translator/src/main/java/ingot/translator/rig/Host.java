package ingot.translator.rig;

/**
 * Where the image runs: directly in QEMU, as Xen's PVH dom0, or as a domU that Xen's
 * toolstack ({@code xl create}) creates in a Linux dom0 — PVH, or PV for Xen hosts without
 * hardware virtualization. The Xen hosts are Xen 4.17 under QEMU TCG.
 */
public enum Host {
    QEMU,
    XEN_DOM0,
    XEN_DOMU_PVH,
    XEN_DOMU_PV;

    /** True when Xen boots under QEMU. */
    public boolean xen() {
        return this != QEMU;
    }

    /** True when the image is a domU created by xl. */
    public boolean domu() {
        return this == XEN_DOMU_PVH || this == XEN_DOMU_PV;
    }
}
