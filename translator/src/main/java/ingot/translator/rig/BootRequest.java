package ingot.translator.rig;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to boot and how: the image, the accelerator (null: detect), the machine, the host
 * (QEMU, Xen dom0, Xen domU), the guest's memory, module 0 (null: none), the boot command
 * line and the timeout. Xen boots run under TCG on q35; {@code memoryMb} is the image's
 * memory: dom0's when the image is dom0, the domU's when it is a domU (dom0 is then a Linux
 * of fixed size). A domU's timeout counts from {@code xl create}; booting Xen and dom0 comes
 * on top.
 */
public record BootRequest(
        Path image,
        Accel accel,
        Machine machine,
        Host host,
        int memoryMb,
        Path module,
        String commandLine,
        Duration timeout,
        boolean verbose) {

    public static final int DEFAULT_MEMORY_MB = 128;
    public static final int DEFAULT_XEN_DOM0_MB = 64;
    public static final int DEFAULT_XEN_DOMU_MB = 64;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public BootRequest {
        if (image == null || machine == null || host == null || commandLine == null || timeout == null) {
            throw new RigException("a boot request needs an image, a machine, a host, a command line and a timeout");
        }
        if (memoryMb < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new RigException("memory and timeout must be positive");
        }
    }

    /** The image booted directly by QEMU: detected accelerator, microvm, defaults. */
    public static BootRequest of(Path image) {
        return new BootRequest(image, null, Machine.MICROVM, Host.QEMU, 0, null, "", DEFAULT_TIMEOUT, false);
    }

    public BootRequest withAccel(Accel newAccel) {
        return new BootRequest(image, newAccel, machine, host, memoryMb, module, commandLine, timeout, verbose);
    }

    public BootRequest withMachine(Machine newMachine) {
        return new BootRequest(image, accel, newMachine, host, memoryMb, module, commandLine, timeout, verbose);
    }

    /** Boots Xen with the image as a PVH dom0 (TCG, q35). */
    public BootRequest onXen() {
        return new BootRequest(image, accel, Machine.Q35, Host.XEN_DOM0, memoryMb, module, commandLine, timeout,
                verbose);
    }

    /** Boots Xen and a Linux dom0 whose xl creates the image as a PVH domU, or a PV one (TCG, q35). */
    public BootRequest onXenDomu(boolean pv) {
        return new BootRequest(image, accel, Machine.Q35, pv ? Host.XEN_DOMU_PV : Host.XEN_DOMU_PVH, memoryMb,
                module, commandLine, timeout, verbose);
    }

    /** True when Xen boots under QEMU (the image as dom0 or domU). */
    public boolean xen() {
        return host.xen();
    }

    public BootRequest withMemoryMb(int newMemoryMb) {
        return new BootRequest(image, accel, machine, host, newMemoryMb, module, commandLine, timeout, verbose);
    }

    public BootRequest withModule(Path newModule) {
        return new BootRequest(image, accel, machine, host, memoryMb, newModule, commandLine, timeout, verbose);
    }

    public BootRequest withCommandLine(String newCommandLine) {
        return new BootRequest(image, accel, machine, host, memoryMb, module, newCommandLine, timeout, verbose);
    }

    public BootRequest withTimeout(Duration newTimeout) {
        return new BootRequest(image, accel, machine, host, memoryMb, module, commandLine, newTimeout, verbose);
    }

    public BootRequest withVerbose(boolean newVerbose) {
        return new BootRequest(image, accel, machine, host, memoryMb, module, commandLine, timeout, newVerbose);
    }

    /** The image's memory in MiB (as dom0 or domU under Xen), the default when none was given. */
    public int effectiveMemoryMb() {
        if (memoryMb > 0) {
            return memoryMb;
        }
        return switch (host) {
            case QEMU -> DEFAULT_MEMORY_MB;
            case XEN_DOM0 -> DEFAULT_XEN_DOM0_MB;
            case XEN_DOMU_PVH, XEN_DOMU_PV -> DEFAULT_XEN_DOMU_MB;
        };
    }
}
