package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.mem.Mem;
import ingot.translator.rig.GuestRun;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mem intrinsics expanded inline, on bare metal: test/programs/intrinsics/MemProbe stores and
 * loads each width through raw addresses, reads the frame pointer chain and the TSC, and writes to
 * COM1 directly. The expected values are what x86-64 memory must hold (little-endian), computed here.
 */
class MemIntrinsicsTest {
    @TempDir
    Path dir;

    @Test
    void intrinsicsTouchTheMachine() throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        String runtime = Path.of(Mem.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        GuestRun run = harness.boot("mem-probe", ImageHarness.readClasses(harness.compile("intrinsics", runtime)));
        assertTrue(run.exited(), run.describe());
        String expected = "MemProbe.tDoubleBits=" + doubleBits() + "\n"
                + "MemProbe.tFencesTouchNoMemory=8\n"
                + "MemProbe.tFramePointerChain=1\n"
                + "OK\n" // written to COM1 directly, ahead of the shim's buffered line
                + "MemProbe.tOut=32\n"
                + "MemProbe.tStoreLoadWidths=" + storeLoadWidths() + "\n"
                + "MemProbe.tTimestampAdvances=1\n";
        assertEquals(expected, run.stdout(), run.describe());
        assertEquals(OptionalInt.of(0), run.status(), run.describe());
    }

    private static long storeLoadWidths() {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, 0x1122334455667788L);
        b.put(7, (byte) 0x99);
        return b.getInt(2) + (long) b.getShort(6) * 0x100000000L + b.get(0);
    }

    private static long doubleBits() {
        return Double.doubleToRawLongBits(1.5) ^ Float.floatToRawIntBits(-2.0f);
    }
}
