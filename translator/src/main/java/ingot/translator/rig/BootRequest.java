package ingot.translator.rig;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to boot and how: the image, the accelerator (null: detect), the machine, Xen or not,
 * the guest's memory, module 0 (null: none), the boot command line and the timeout. Xen
 * boots run under TCG on q35; {@code memoryMb} is then dom0's memory.
 */
public record BootRequest(
        Path image,
        Accel accel,
        Machine machine,
        boolean xen,
        int memoryMb,
        Path module,
        String commandLine,
        Duration timeout,
        boolean verbose) {

    public static final int DEFAULT_MEMORY_MB = 128;
    public static final int DEFAULT_XEN_DOM0_MB = 64;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public BootRequest {
        if (image == null || machine == null || commandLine == null || timeout == null) {
            throw new RigException("a boot request needs an image, a machine, a command line and a timeout");
        }
        if (memoryMb < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new RigException("memory and timeout must be positive");
        }
    }

    /** The image booted directly by QEMU: detected accelerator, microvm, defaults. */
    public static BootRequest of(Path image) {
        return new BootRequest(image, null, Machine.MICROVM, false, 0, null, "", DEFAULT_TIMEOUT, false);
    }

    public BootRequest withAccel(Accel newAccel) {
        return new BootRequest(image, newAccel, machine, xen, memoryMb, module, commandLine, timeout, verbose);
    }

    public BootRequest withMachine(Machine newMachine) {
        return new BootRequest(image, accel, newMachine, xen, memoryMb, module, commandLine, timeout, verbose);
    }

    /** Boots Xen with the image as a PVH dom0 (TCG, q35). */
    public BootRequest onXen() {
        return new BootRequest(image, accel, Machine.Q35, true, memoryMb, module, commandLine, timeout, verbose);
    }

    public BootRequest withMemoryMb(int newMemoryMb) {
        return new BootRequest(image, accel, machine, xen, newMemoryMb, module, commandLine, timeout, verbose);
    }

    public BootRequest withModule(Path newModule) {
        return new BootRequest(image, accel, machine, xen, memoryMb, newModule, commandLine, timeout, verbose);
    }

    public BootRequest withCommandLine(String newCommandLine) {
        return new BootRequest(image, accel, machine, xen, memoryMb, module, newCommandLine, timeout, verbose);
    }

    public BootRequest withTimeout(Duration newTimeout) {
        return new BootRequest(image, accel, machine, xen, memoryMb, module, commandLine, newTimeout, verbose);
    }

    public BootRequest withVerbose(boolean newVerbose) {
        return new BootRequest(image, accel, machine, xen, memoryMb, module, commandLine, timeout, newVerbose);
    }

    /** The guest's memory in MiB (dom0's under Xen), the default when none was given. */
    public int effectiveMemoryMb() {
        if (memoryMb > 0) {
            return memoryMb;
        }
        return xen ? DEFAULT_XEN_DOM0_MB : DEFAULT_MEMORY_MB;
    }
}
