package ingot.translator.rig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds QEMU's command line. Direct boots: COM1 on QEMU's stdout, COM2 on a Unix socket
 * (the rig's stderr channel), isa-debugcon on port 0xE9 into a file (the shim's exit line)
 * and isa-debug-exit on port 0xF4. Xen boots: Xen 4.17 as the multiboot kernel with the
 * image as a PVH dom0 module (QEMU TCG, {@code -cpu max} for SVM, q35 with an IOMMU), Xen
 * and dom0 sharing COM1. Xen domU boots: Xen 4.17 with a Linux PV dom0 (the cached kernel
 * and initramfs plus the guests) whose xl creates the domUs; Xen and dom0 share COM1, the
 * domUs' consoles come on a virtio serial port on a Unix socket. {@code -display none} (not
 * {@code -nographic}) keeps SeaBIOS off COM1 on q35.
 */
public final class QemuCommand {
    static final String COM2_IOBASE = "0x2f8";
    static final String DEBUGCON_IOBASE = "0xe9";
    static final String DEBUG_EXIT_IOBASE = "0xf4";
    /** QEMU memory beyond dom0's under Xen: Xen itself, its heap and the boot modules. */
    static final int XEN_EXTRA_MB = 448;
    /** The Linux dom0 of the domU rig. */
    static final int DOMU_RIG_DOM0_MB = 256;
    /** QEMU memory beyond dom0's and the domU's in the domU rig: Xen, its heap, the modules. */
    static final int DOMU_RIG_EXTRA_MB = 192;
    /** SMAP off: the Linux dom0 crashes with it under QEMU TCG's {@code -cpu max}. */
    static final String DOMU_RIG_CPU = "max,-smap";
    /** The virtio serial port on which dom0 sends the domUs' consoles. */
    static final String DOMU_CONSOLE_PORT = "ingot.domu-console";
    /** dom0's kernel command line: its console on Xen's (hvc0), the rig's init, few messages. */
    static final String DOM0_KERNEL_COMMAND_LINE = "console=hvc0 earlyprintk=xen rdinit=/init quiet";

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

    /**
     * QEMU booting Xen with a Linux PV dom0 whose init creates the domUs in {@code initrd}
     * (DomuInitrd) and copies their consoles to a virtio serial port, connected to the socket
     * in {@code files}; Xen and dom0 share COM1. {@code domuMb}: the largest domU's memory.
     */
    public static List<String> xenDomu(Path qemu, XenDomuCache cache, Path initrd, GuestFiles files, int domuMb) {
        List<String> command = common(qemu, Accel.TCG, DOMU_RIG_CPU, "q35",
                DOMU_RIG_DOM0_MB + domuMb + DOMU_RIG_EXTRA_MB);
        add(command, "-serial", "stdio");
        add(command, "-chardev", "socket,id=domus,path=" + files.com2Socket());
        add(command, "-device", "virtio-serial-pci");
        add(command, "-device", "virtserialport,chardev=domus,name=" + DOMU_CONSOLE_PORT);
        add(command, "-kernel", cache.hypervisor().toString());
        add(command, "-append", xenDomuCommandLine());
        add(command, "-initrd", xenModules(cache.kernel(), DOM0_KERNEL_COMMAND_LINE, initrd));
        return command;
    }

    /** Xen's command line in the domU rig: its console on COM1, a PV dom0 of fixed size. */
    static String xenDomuCommandLine() {
        return "console=com1 com1=115200,8n1 dom0_mem=" + DOMU_RIG_DOM0_MB + "M,max:" + DOMU_RIG_DOM0_MB + "M";
    }

    /** Xen's own command line: its console on COM1, a PVH dom0 with {@code dom0Mb} MiB. */
    static String xenCommandLine(int dom0Mb) {
        return "console=com1 com1=115200,8n1 dom0=pvh dom0_mem=" + dom0Mb + "M iommu=1";
    }

    /**
     * QEMU's multiboot module list: "KERNEL CMDLINE" (dom0: the image, or Linux) then the
     * module, separated by commas; a comma inside a module's text is written twice. The
     * kernel's path ends at the first space.
     */
    static String xenModules(Path image, String commandLine, Path module) {
        String imagePath = image.toString();
        if (imagePath.chars().anyMatch(Character::isWhitespace)) {
            throw new RigException("the path of dom0's kernel must not contain spaces under Xen: " + imagePath);
        }
        String dom0 = escapeCommas(commandLine.isEmpty() ? imagePath : imagePath + " " + commandLine);
        return module == null ? dom0 : dom0 + "," + escapeCommas(module.toString());
    }

    private static String escapeCommas(String text) {
        return text.replace(",", ",,");
    }

    private static List<String> common(Path qemu, Accel accel, String machine, int memoryMb) {
        return common(qemu, accel, accel.cpu(), machine, memoryMb);
    }

    private static List<String> common(Path qemu, Accel accel, String cpu, String machine, int memoryMb) {
        List<String> command = new ArrayList<>();
        command.add(qemu.toString());
        add(command, "-accel", accel.qemuName());
        add(command, "-cpu", cpu);
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
