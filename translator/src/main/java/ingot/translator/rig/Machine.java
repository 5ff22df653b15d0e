package ingot.translator.rig;

/**
 * QEMU's machine type. microvm boots a PVH kernel fastest (no firmware, no PCI); q35 is a
 * PC with SeaBIOS (slow under KVM here) and is what the Xen rig needs for its IOMMU.
 */
public enum Machine {
    MICROVM("microvm"),
    Q35("q35");

    private final String qemuName;

    Machine(String qemuName) {
        this.qemuName = qemuName;
    }

    /** The value of QEMU's {@code -machine}. */
    public String qemuName() {
        return qemuName;
    }

    /** The machine named by {@code name} ({@code microvm} or {@code q35}). */
    public static Machine named(String name) {
        for (Machine machine : values()) {
            if (machine.qemuName.equals(name)) {
                return machine;
            }
        }
        throw new RigException("unknown machine '" + name + "' (microvm or q35)");
    }
}
