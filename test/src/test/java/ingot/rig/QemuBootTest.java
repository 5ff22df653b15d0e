package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.translator.rig.Accel;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Machine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image booted directly by QEMU: the banner, platform, command line, module and status. */
class QemuBootTest {
    @TempDir
    Path dir;

    @Test
    void microvmUsesKvmWhenDevKvmOpensElseTcg() {
        GuestRun run = Boots.rig().boot(Boots.request(dir, "hello from microvm"));
        Accel expected = Accel.kvmOpens() ? Accel.KVM : Accel.TCG;
        assertEquals(expected, run.accel(), run.describe());
        Boots.assertBanner(run, expected == Accel.KVM ? "kvm" : "tcg", "hello from microvm");
    }

    @Test
    void tcgMicrovm() {
        GuestRun run = Boots.rig().boot(Boots.request(dir, "-jar app.jar one two").withAccel(Accel.TCG));
        assertEquals(Accel.TCG, run.accel());
        Boots.assertBanner(run, "tcg", "-jar app.jar one two");
    }

    @Test
    void tcgQ35() {
        GuestRun run = Boots.rig().boot(Boots.request(dir, "on q35").withAccel(Accel.TCG).withMachine(Machine.Q35));
        Boots.assertBanner(run, "tcg", "on q35");
    }

    @Test
    void withoutModuleOrCommandLine() {
        GuestRun run = Boots.rig().boot(Boots.request(dir, "").withModule(null).withAccel(Accel.TCG));
        assertEquals(0, run.status().getAsInt(), run.describe());
        org.junit.jupiter.api.Assertions.assertTrue(
                run.stdout().contains("\ncommand line: \"\"\nmodule 0: none\n"), run.describe());
    }
}
