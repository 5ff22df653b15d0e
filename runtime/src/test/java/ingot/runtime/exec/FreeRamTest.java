package ingot.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.runtime.mem.hosted.HostedMachine;
import ingot.runtime.mem.hosted.HostedMemory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The heap's region: the largest run of RAM that nothing in the boot records owns. */
class FreeRamTest {
    private static final long MIB = 1 << 20;
    private static final long BOOT_INFO = 0x10_000;
    private static final long MEMMAP = 0x11_000;
    private static final long COMMAND_LINE = 0x12_000;

    private HostedMachine previous;
    private HostedMemory memory;
    private int entries;

    @BeforeEach
    void install() {
        HostedMachine machine = new HostedMachine();
        previous = HostedMachine.install(machine);
        memory = machine.memory();
        memory.map(BOOT_INFO, 3 * 4096);
        memory.store(BOOT_INFO + FreeRam.MEMMAP, 8, MEMMAP);
    }

    @AfterEach
    void restore() {
        HostedMachine.install(previous);
    }

    @Test
    void theLargestRunBetweenTheImageAndTheModule() {
        qemuLikeMachine();
        assertRegion(3 * MIB, 100 * MIB);
    }

    @Test
    void aLoaderRecordInsideARunSplitsIt() {
        qemuLikeMachine();
        long startInfo = 50 * MIB + 0x40;
        memory.map(startInfo & ~4095L, 4096);
        memory.store(startInfo, 4, FreeRam.HVM_START_MAGIC);
        memory.store(startInfo + 16, 8, 0x7000); // module list, command line, memory map: low pages
        memory.store(startInfo + 24, 8, 0x7100);
        memory.store(startInfo + 40, 8, 0x7200);
        memory.store(BOOT_INFO + FreeRam.HVM_START_INFO, 8, startInfo);
        assertRegion(50 * MIB + 4096, 100 * MIB);
    }

    @Test
    void aPvStartInfoIsNotReadAsPvhRecords() {
        qemuLikeMachine();
        long startInfo = 50 * MIB;
        memory.map(startInfo, 4096);
        memory.store(startInfo, 4, 0x6e6578); // "xen-3.0-x86_64" starts a PV start_info
        memory.store(BOOT_INFO + FreeRam.HVM_START_INFO, 8, startInfo);
        assertRegion(3 * MIB, 100 * MIB);
    }

    @Test
    void theImageEndIsRoundedUpToAPageAndTheCommandLineIsOwned() {
        ram(0, 0x9fc00);
        ram(MIB, 64 * MIB);
        memory.store(BOOT_INFO + FreeRam.IMAGE_END, 8, 2 * MIB + 100);
        long line = 40 * MIB;
        memory.map(line, 4096);
        byte[] text = "-jar app.jar".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < text.length; i++) {
            memory.store(line + i, 1, text[i]);
        }
        memory.store(BOOT_INFO + FreeRam.COMMAND_LINE, 8, line);
        // [2 MiB + 4 KiB, 40 MiB) is 37.99 MiB; after the line's page, up to 65 MiB, 25 MiB
        assertRegion(2 * MIB + 4096, 40 * MIB);
        assertEquals(40 * MIB + 4096, pageUp(FreeRam.reservedEnd(BOOT_INFO, 2)));
    }

    @Test
    void reservedMemoryIsNeverTheHeaps() {
        ram(0, 0x9fc00);
        ram(MIB, 8 * MIB);
        entry(64 * MIB, 512 * MIB, 2);
        memory.store(BOOT_INFO + FreeRam.IMAGE_END, 8, 2 * MIB);
        assertRegion(2 * MIB, 9 * MIB);
    }

    @Test
    void noRamGivesAnEmptyRegion() {
        entry(MIB, 64 * MIB, 2);
        assertRegion(0, 0);
    }

    @Test
    void nothingBelowOneMebibyte() {
        ram(0, 0x9fc00);
        assertRegion(0, 0);
    }

    /** Low RAM, 1 MiB..128 MiB of RAM, the image up to 3 MiB, module 0 at 100 MiB (1 MiB long). */
    private void qemuLikeMachine() {
        ram(0, 0x9fc00);
        ram(MIB, 127 * MIB);
        memory.store(BOOT_INFO + FreeRam.IMAGE_END, 8, 3 * MIB);
        memory.store(BOOT_INFO + FreeRam.MODULE0, 8, 100 * MIB);
        memory.store(BOOT_INFO + FreeRam.MODULE0_SIZE, 8, MIB);
    }

    private void ram(long start, long length) {
        entry(start, length, FreeRam.RAM);
    }

    private void entry(long start, long length, int type) {
        long at = MEMMAP + (long) entries * FreeRam.MEMMAP_ENTRY;
        memory.store(at, 8, start);
        memory.store(at + 8, 8, length);
        memory.store(at + 16, 4, type);
        entries++;
        memory.store(BOOT_INFO + FreeRam.MEMMAP_COUNT, 8, entries);
    }

    private static void assertRegion(long start, long end) {
        long chosen = FreeRam.largestRunStart(BOOT_INFO);
        assertEquals(start, chosen, "start");
        assertEquals(end, FreeRam.runEnd(BOOT_INFO, chosen), "end");
    }

    private static long pageUp(long address) {
        return (address + 4095) & ~4095L;
    }
}
