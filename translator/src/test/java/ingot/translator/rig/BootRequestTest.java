package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BootRequestTest {
    private final BootRequest request = BootRequest.of(Path.of("/i.elf"));

    @Test
    void defaults() {
        assertEquals(Machine.MICROVM, request.machine());
        assertEquals(128, request.effectiveMemoryMb());
        assertEquals("", request.commandLine());
        assertEquals(Duration.ofSeconds(60), request.timeout());
        assertEquals(64, request.onXen().effectiveMemoryMb());
        assertEquals(Machine.Q35, request.onXen().machine());
    }

    @Test
    void xenRunsUnderTcgOnQ35Only() {
        assertEquals(Accel.TCG, Rig.accelFor(request.onXen()));
        assertThrows(RigException.class, () -> Rig.accelFor(request.onXen().withAccel(Accel.KVM)));
        assertThrows(RigException.class, () -> Rig.accelFor(request.onXen().withMachine(Machine.MICROVM)));
    }

    @Test
    void aDomuRunsUnderTcgOnQ35WithItsOwnMemoryDefault() {
        BootRequest pvh = request.onXenDomu(false);
        assertEquals(Host.XEN_DOMU_PVH, pvh.host());
        assertEquals(Host.XEN_DOMU_PV, request.onXenDomu(true).host());
        assertTrue(pvh.xen() && pvh.host().domu() && !request.onXen().host().domu());
        assertEquals(64, pvh.effectiveMemoryMb());
        assertEquals(Machine.Q35, pvh.machine());
        assertEquals(Accel.TCG, Rig.accelFor(pvh));
        assertThrows(RigException.class, () -> Rig.accelFor(pvh.withAccel(Accel.KVM)));
    }

    @Test
    void theAcceleratorIsDetectedWhenNotGiven() {
        assertEquals(Accel.kvmOpens() ? Accel.KVM : Accel.TCG, Rig.accelFor(request));
        assertEquals(Accel.TCG, Rig.accelFor(request.withAccel(Accel.TCG)));
    }

    @Test
    void badValuesAreRigExceptions() {
        assertThrows(RigException.class, () -> request.withTimeout(Duration.ZERO));
        assertThrows(RigException.class, () -> request.withMemoryMb(-1));
        assertThrows(RigException.class, () -> Accel.named("hvf"));
        RigException e = assertThrows(RigException.class, () -> Machine.named("pc"));
        assertTrue(e.getMessage().contains("microvm or q35"));
    }
}
