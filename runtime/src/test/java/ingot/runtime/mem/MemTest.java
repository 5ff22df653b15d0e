package ingot.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.mem.hosted.HostedDevices;
import ingot.runtime.mem.hosted.HostedMachine;
import ingot.runtime.mem.hosted.HostedMemory;
import ingot.runtime.mem.hosted.MemoryFault;
import ingot.runtime.mem.hosted.ObjectHandles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mem's hosted bodies over an installed HostedMachine: each width, object handles, and the devices. */
class MemTest {
    private static final long AT = 0x20_0000L;
    private final List<String> log = new ArrayList<>();
    private HostedMachine previous;

    /** Devices that log every access and answer fixed values. */
    private final HostedDevices devices = new HostedDevices() {
        @Override
        public int in(int port, int width) {
            log.add("in " + Integer.toHexString(port) + "/" + width);
            return 0x1234_5678;
        }

        @Override
        public void out(int port, int width, int value) {
            log.add("out " + Integer.toHexString(port) + "/" + width + " " + Integer.toHexString(value));
        }

        @Override
        public long readMsr(int msr) {
            return msr * 2L;
        }

        @Override
        public void writeMsr(int msr, long value) {
            log.add("wrmsr " + Integer.toHexString(msr) + " " + Long.toHexString(value));
        }

        @Override
        public long hypercall(long number, long a1, long a2, long a3, long a4, long a5) {
            return number + a1 + a2 + a3 + a4 + a5;
        }

        @Override
        public void cpuid(int leaf, int subleaf, int[] registers) {
            registers[0] = leaf;
            registers[1] = subleaf;
            registers[2] = 0x4D566572; // "reVM"
            registers[3] = 0x65584D56;
        }

        @Override
        public long rdtsc() {
            return 777;
        }
    };

    @BeforeEach
    void installMachine() {
        previous = HostedMachine.install(new HostedMachine(devices));
        HostedMachine.current().memory().map(AT, HostedMemory.PAGE_SIZE);
    }

    @AfterEach
    void restoreMachine() {
        HostedMachine.install(previous);
    }

    @Test
    void eachWidthRoundTripsAndIsLittleEndian() {
        Mem.storeLong(AT, 0x8877_6655_4433_2211L);
        assertEquals((byte) 0x11, Mem.loadByte(AT));
        assertEquals((short) 0x2211, Mem.loadShort(AT));
        assertEquals((char) 0x8877, Mem.loadChar(AT + 6));
        assertEquals((short) 0x8877, Mem.loadShort(AT + 6), "loadShort sign-extends");
        assertEquals(0x5544_3322, Mem.loadInt(AT + 1));
        assertEquals(0x8877_6655_4433_2211L, Mem.loadLong(AT));
        Mem.storeByte(AT + 16, (byte) -2);
        Mem.storeShort(AT + 17, (short) -3);
        Mem.storeChar(AT + 19, '\uFFFE');
        Mem.storeInt(AT + 21, -4);
        assertEquals(-2, Mem.loadByte(AT + 16));
        assertEquals(-3, Mem.loadShort(AT + 17));
        assertEquals('\uFFFE', Mem.loadChar(AT + 19));
        assertEquals(-4, Mem.loadInt(AT + 21));
        Mem.storeFloat(AT + 32, 1.5f);
        assertEquals(0x3FC0_0000, Mem.loadInt(AT + 32));
        assertEquals(1.5f, Mem.loadFloat(AT + 32));
        Mem.storeDouble(AT + 41, -0.25);
        assertEquals(Double.doubleToRawLongBits(-0.25), Mem.loadLong(AT + 41));
        assertEquals(-0.25, Mem.loadDouble(AT + 41));
    }

    @Test
    void unmappedAccessFaults() {
        MemoryFault fault = assertThrows(MemoryFault.class, () -> Mem.loadInt(AT + HostedMemory.PAGE_SIZE - 2));
        assertEquals(AT + HostedMemory.PAGE_SIZE, fault.address());
        assertThrows(MemoryFault.class, () -> Mem.storeByte(AT - 1, (byte) 1));
    }

    @Test
    void objectsHaveStableHandlesThatAreNotMemory() {
        Object a = new Object();
        String b = "b";
        long addressA = Mem.addressOf(a);
        long addressB = Mem.addressOf(b);
        assertEquals(addressA, Mem.addressOf(a));
        assertTrue(addressA != addressB && addressA != 0 && addressB != 0);
        assertEquals(0, addressA % 8);
        assertSame(a, Mem.objectAt(addressA));
        assertSame(b, Mem.objectAt(addressB));
        assertEquals(0, Mem.addressOf(null));
        assertNull(Mem.objectAt(0));
        assertThrows(MemoryFault.class, () -> Mem.objectAt(addressA + 8));
        assertThrows(MemoryFault.class, () -> Mem.objectAt(AT));
        assertThrows(MemoryFault.class, () -> Mem.loadLong(addressA), "a handle is not mapped memory");
        assertTrue(addressA >= ObjectHandles.BASE);
    }

    @Test
    void portsMsrsHypercallsAndCpuidGoToTheDevices() {
        assertEquals(0x78, Mem.inByte(0x3F8 + 5));
        assertEquals(0x5678, Mem.inWord(0x1_0CF8), "only the port's low 16 bits count");
        assertEquals(0x1234_5678, Mem.inInt(0xCFC));
        Mem.outByte(0x3F8, 0x141);
        Mem.outWord(0x604, 0x12000);
        Mem.outInt(0xCF8, 0x8000_0000);
        Mem.wrmsr(0x4000_0000, 0x1_0000_2000L);
        assertEquals(List.of("in 3fd/1", "in cf8/2", "in cfc/4", "out 3f8/1 41", "out 604/2 2000",
                "out cf8/4 80000000", "wrmsr 40000000 100002000"), log);
        assertEquals(0x8000_0000L, Mem.rdmsr(0x4000_0000));
        assertEquals(1 + 2 + 3 + 4 + 5 + 6, Mem.hypercall(1, 2, 3, 4, 5, 6));
        int[] regs = new int[4];
        Mem.cpuid(0x4000_0000, 3, regs);
        assertArrayEquals(new int[] {0x4000_0000, 3, 0x4D566572, 0x65584D56}, regs);
        assertThrows(IllegalArgumentException.class, () -> Mem.cpuid(0, 0, new int[3]));
        assertEquals(777, Mem.rdtsc());
    }

    @Test
    void withoutDevicesEveryDeviceAccessIsUnsupported() {
        HostedMachine.install(new HostedMachine());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Mem.outByte(0x3F8, 65));
        assertTrue(e.getMessage().contains("out to port 0x3f8"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> Mem.inByte(0x60));
        assertThrows(UnsupportedOperationException.class, () -> Mem.rdmsr(0x10));
        assertThrows(UnsupportedOperationException.class, () -> Mem.hypercall(18, 0, 0, 0, 0, 0));
        assertThrows(UnsupportedOperationException.class, () -> Mem.cpuid(0, 0, new int[4]));
        assertThrows(UnsupportedOperationException.class, Mem::halt);
        assertThrows(UnsupportedOperationException.class, Mem::framePointer);
        assertThrows(UnsupportedOperationException.class, Mem::stackPointer);
        long before = Mem.rdtsc();
        Mem.pause();
        Mem.fence();
        Mem.loadFence();
        Mem.storeFence();
        assertTrue(Mem.rdtsc() >= before, "the default counter is monotonic");
    }
}
