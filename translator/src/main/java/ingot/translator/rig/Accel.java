package ingot.translator.rig;

import java.io.IOException;
import java.io.RandomAccessFile;

/** How QEMU runs the guest: KVM when /dev/kvm opens, else TCG (QEMU's own translator). */
public enum Accel {
    KVM("kvm", "host"),
    TCG("tcg", "max");

    private static final String KVM_DEVICE = "/dev/kvm";

    private final String qemuName;
    private final String cpu;

    Accel(String qemuName, String cpu) {
        this.qemuName = qemuName;
        this.cpu = cpu;
    }

    /** The value of QEMU's {@code -accel}. */
    public String qemuName() {
        return qemuName;
    }

    /** The value of QEMU's {@code -cpu}: the host's CPU under KVM, the richest model under TCG. */
    public String cpu() {
        return cpu;
    }

    /** KVM when /dev/kvm opens for reading and writing, else TCG. */
    public static Accel detect() {
        return kvmOpens() ? KVM : TCG;
    }

    /** True when /dev/kvm opens for reading and writing. */
    public static boolean kvmOpens() {
        try (RandomAccessFile kvm = new RandomAccessFile(KVM_DEVICE, "rw")) {
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * True when /dev/kvm is PVM (the kvm_pvm module): a paravirtual KVM whose instruction
     * emulator stops a guest at its first SSE instruction, so compiled Java must run under TCG.
     */
    public static boolean isParavirtualKvm() {
        return new java.io.File("/sys/module/kvm_pvm").exists();
    }

    /** The accelerator named by {@code name} ({@code kvm} or {@code tcg}). */
    public static Accel named(String name) {
        for (Accel accel : values()) {
            if (accel.qemuName.equals(name)) {
                return accel;
            }
        }
        throw new RigException("unknown accelerator '" + name + "' (kvm or tcg)");
    }
}
