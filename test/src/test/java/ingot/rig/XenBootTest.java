package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.Accel;
import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Xen 4.17 under QEMU TCG with the image as a PVH dom0. Each boot takes seconds, so
 * only these few: the banner and the two faults.
 */
class XenBootTest {
    @TempDir
    Path dir;

    private GuestRun boot(String commandLine) {
        return Boots.rig().boot(Boots.request(dir, commandLine).onXen().withTimeout(Boots.XEN_TIMEOUT));
    }

    @Test
    void bootsAsPvhDom0() {
        GuestRun run = boot("hello, xen");
        assertEquals(Accel.TCG, run.accel());
        Boots.assertBanner(run, "xen 4.17 dom0 (console_io)", "hello, xen");
        assertTrue(run.hypervisorLog().contains("(XEN) Hardware Dom0 shutdown: rebooting machine"),
                run.describe());
        assertFalse(run.stdout().contains("(XEN)"), "Xen's log stays out of stdout\n" + run.describe());
    }

    @Test
    void divideByZero() {
        GuestRun run = boot("ingot.fault=divide");
        Boots.assertFault(run, run.stdout(), "divide error (#DE), vector 0", null);
    }

    @Test
    void unmappedAddress() {
        GuestRun run = boot("ingot.fault=unmapped");
        Boots.assertFault(run, run.stdout(), "page fault (#PF), vector 14", "0x0000000000000008");
    }
}
