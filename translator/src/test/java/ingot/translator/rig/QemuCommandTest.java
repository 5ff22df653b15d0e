package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuCommandTest {
    private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
    private static final Path IMAGE = Path.of("/w/boot/target/ingot.elf");

    private static String valueOf(List<String> command, String option) {
        int i = command.indexOf(option);
        assertTrue(i >= 0, option + " missing from " + command);
        return command.get(i + 1);
    }

    @Test
    void directBootWiresTheConsolesTheExitLineAndTheModule() {
        try (GuestFiles files = GuestFiles.create()) {
            BootRequest request = BootRequest.of(IMAGE).withModule(Path.of("/tmp/app.jar"))
                    .withCommandLine("-jar app.jar a b");
            List<String> command = QemuCommand.direct(QEMU, request, Accel.KVM, files);
            assertEquals(QEMU.toString(), command.get(0));
            assertEquals("kvm", valueOf(command, "-accel"));
            assertEquals("host", valueOf(command, "-cpu"));
            assertEquals("microvm", valueOf(command, "-machine"));
            assertEquals("128", valueOf(command, "-m"));
            assertEquals("stdio", valueOf(command, "-serial"));
            assertEquals(IMAGE.toString(), valueOf(command, "-kernel"));
            assertEquals("/tmp/app.jar", valueOf(command, "-initrd"));
            assertEquals("-jar app.jar a b", valueOf(command, "-append"));
            assertTrue(command.contains("isa-serial,chardev=com2,iobase=0x2f8,irq=3"));
            assertTrue(command.contains("socket,id=com2,path=" + files.com2Socket()));
            assertTrue(command.contains("isa-debugcon,iobase=0xe9,chardev=exitline"));
            assertTrue(command.contains("isa-debug-exit,iobase=0xf4,iosize=4"));
            assertTrue(command.contains("-no-reboot") && command.contains("-nodefaults"));
            assertTrue(!command.contains("-nographic"), "-nographic lets SeaBIOS write to COM1");
        }
    }

    @Test
    void xenBootPassesTheImageAsAPvhDom0() {
        BootRequest request = BootRequest.of(IMAGE).onXen().withCommandLine("x y")
                .withModule(Path.of("/tmp/app.jar"));
        List<String> command = QemuCommand.xen(QEMU, Path.of("/c/xen.elf"), request);
        assertEquals("tcg", valueOf(command, "-accel"));
        assertEquals("max", valueOf(command, "-cpu"));
        assertEquals("q35,kernel-irqchip=split", valueOf(command, "-machine"));
        assertEquals("intel-iommu,intremap=off", valueOf(command, "-device"));
        assertEquals("/c/xen.elf", valueOf(command, "-kernel"));
        assertEquals("512", valueOf(command, "-m"));
        assertEquals("console=com1 com1=115200,8n1 dom0=pvh dom0_mem=64M iommu=1", valueOf(command, "-append"));
        assertEquals(IMAGE + " x y,/tmp/app.jar", valueOf(command, "-initrd"));
    }

    @Test
    void xenDomuBootsXenWithALinuxDom0AndTheGuestsConsolesOnAVirtioPort() {
        try (GuestFiles files = GuestFiles.create()) {
            XenDomuCache cache = new XenDomuCache(ProjectHome.locate());
            List<String> command = QemuCommand.xenDomu(QEMU, cache, files.initrd(), files, 64);
            assertEquals("tcg", valueOf(command, "-accel"));
            assertEquals("max,-smap", valueOf(command, "-cpu"));
            assertEquals("q35", valueOf(command, "-machine"));
            assertEquals("512", valueOf(command, "-m"));
            assertEquals(cache.hypervisor().toString(), valueOf(command, "-kernel"));
            assertEquals("console=com1 com1=115200,8n1 dom0_mem=256M,max:256M", valueOf(command, "-append"));
            assertEquals(cache.kernel() + " console=hvc0 earlyprintk=xen rdinit=/init quiet," + files.initrd(),
                    valueOf(command, "-initrd"));
            assertTrue(command.contains("socket,id=domus,path=" + files.com2Socket()));
            assertTrue(command.contains("virtio-serial-pci"));
            assertTrue(command.contains("virtserialport,chardev=domus,name=ingot.domu-console"));
            assertTrue(command.contains("-no-reboot"));
        }
    }

    @Test
    void commasInXenModulesAreDoubled() {
        assertEquals("/i.elf a,,b,/m,,1.jar",
                QemuCommand.xenModules(Path.of("/i.elf"), "a,b", Path.of("/m,1.jar")));
        assertEquals("/i.elf", QemuCommand.xenModules(Path.of("/i.elf"), "", null));
    }

    @Test
    void anImagePathWithASpaceCannotGoToXen() {
        assertThrows(RigException.class,
                () -> QemuCommand.xenModules(Path.of("/a b/i.elf"), "", null));
    }
}
