package ingot.translator.rig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds QEMU's command line. Direct boots: COM1 on QEMU's stdout, COM2 on a Unix socket
 * (the rig's stderr channel), isa-debugcon on port 0xE9 into a file (the shim's exit line)
 * and isa-debug-exit on port 0xF4. Xen boots: Xen 4.17 as the multiboot kernel with the
 * image as a PVH dom0 module (QEMU TCG, {@code -cpu max} for SVM, q35 with an IOMMU), Xen
 * and dom0 sharing COM1. {@code -display none} (not {@code -nographic}) keeps SeaBIOS off
 * COM1 on q35.
 */
public final class QemuCommand {
    static final String COM2_IOBASE = "0x2f8";
    static final String DEBUGCON_IOBASE = "0xe9";
    static final String DEBUG_EXIT_IOBASE = "0xf4";
    /** QEMU memory beyond dom0's under Xen: Xen itself, its heap and the boot modules. */
    static final int XEN_EXTRA_MB = 448;

    private QemuCommand() {
    }

    /** QEMU booting {@code request.image()} directly (PVH), with the channels in {@code files}. */
    public static List<String> direct(Path qemu, BootRequest request, Accel accel, GuestFiles files) {
        List<String> command = common(qemu, accel, request.machine().qemuName(), request.effectiveMemoryMb());
        add(command, "-serial", "stdio");
        add(command, "-chardev", "socket,id=com2,path=" + files.com2Socket());
        add(command, "-device", "isa-serial,chardev=com2,iobase=" + COM2_IOBASE + ",irq=3");
        add(command, "-chardev", "file,id=exitline,path=" + files.exitLine());
        add(command, "-device", "isa-debugcon,iobase=" + DEBUGCON_IOBASE + ",chardev=exitline");
        add(command, "-device", "isa-debug-exit,iobase=" + DEBUG_EXIT_IOBASE + ",iosize=4");
        add(command, "-kernel", request.image().toString());
        if (request.module() != null) {
            add(command, "-initrd", request.module().toString());
        }
        add(command, "-append", request.commandLine());
        return command;
    }

    /** QEMU booting Xen, the image as PVH dom0 with {@code request.module()} as its module 0. */
    public static List<String> xen(Path qemu, Path xen, BootRequest request) {
        int dom0Mb = request.effectiveMemoryMb();
        List<String> command = common(qemu, Accel.TCG, "q35,kernel-irqchip=split", dom0Mb + XEN_EXTRA_MB);
        add(command, "-device", "intel-iommu,intremap=off");
        add(command, "-serial", "stdio");
        add(command, "-kernel", xen.toString());
        add(command, "-append", xenCommandLine(dom0Mb));
        add(command, "-initrd", xenModules(request.image(), request.commandLine(), request.module()));
        return command;
    }

    /** Xen's own command line: its console on COM1, a PVH dom0 with {@code dom0Mb} MiB. */
    static String xenCommandLine(int dom0Mb) {
        return "console=com1 com1=115200,8n1 dom0=pvh dom0_mem=" + dom0Mb + "M iommu=1";
    }

    /**
     * QEMU's multiboot module list: "IMAGE CMDLINE" then the module, separated by commas; a
     * comma inside a module's text is written twice. The image path ends at the first space.
     */
    static String xenModules(Path image, String commandLine, Path module) {
        String imagePath = image.toString();
        if (imagePath.chars().anyMatch(Character::isWhitespace)) {
            throw new RigException("the image path must not contain spaces under Xen: " + imagePath);
        }
        String dom0 = escapeCommas(commandLine.isEmpty() ? imagePath : imagePath + " " + commandLine);
        return module == null ? dom0 : dom0 + "," + escapeCommas(module.toString());
    }

    private static String escapeCommas(String text) {
        return text.replace(",", ",,");
    }

    private static List<String> common(Path qemu, Accel accel, String machine, int memoryMb) {
        List<String> command = new ArrayList<>();
        command.add(qemu.toString());
        add(command, "-accel", accel.qemuName());
        add(command, "-cpu", accel.cpu());
        add(command, "-machine", machine);
        add(command, "-m", Integer.toString(memoryMb));
        add(command, "-smp", "1");
        command.add("-display");
        command.add("none");
        command.add("-nodefaults");
        command.add("-no-user-config");
        command.add("-no-reboot");
        return command;
    }

    private static void add(List<String> command, String option, String value) {
        command.add(option);
        command.add(value);
    }
}
