package ingot.rig;

import ingot.translator.rig.GuestRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shim's self-test faults under QEMU: a report on stderr (COM2) and status 70. */
class QemuFaultTest {
    @TempDir
    Path dir;

    private GuestRun boot(String commandLine) {
        return Boots.rig().boot(Boots.request(dir, commandLine));
    }

    @Test
    void divideByZero() {
        GuestRun run = boot("ingot.fault=divide and more words");
        Boots.assertFault(run, run.stderr(), "divide error (#DE), vector 0", null);
    }

    @Test
    void unmappedAddress() {
        GuestRun run = boot("ingot.fault=unmapped");
        Boots.assertFault(run, run.stderr(), "page fault (#PF), vector 14", "0x0000000000000008");
    }

    @Test
    void stackOverflowIsADoubleFaultOnItsOwnStack() {
        GuestRun run = boot("ingot.fault=stack");
        Boots.assertFault(run, run.stderr(), "double fault (#DF), vector 8", null);
    }
}
