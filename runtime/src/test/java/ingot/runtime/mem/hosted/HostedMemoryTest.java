package ingot.runtime.mem.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The simulated address space: widths, byte order, page crossing, regions and faults. */
class HostedMemoryTest {
    private static final long BASE = 0x10_0000L;
    private final HostedMemory memory = new HostedMemory();

    @Test
    void storesAndLoadsEachWidthLittleEndian() {
        memory.map(BASE, HostedMemory.PAGE_SIZE);
        memory.store(BASE, 8, 0x0807_0605_0403_0201L);
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, memory.load(BASE + i, 1));
        }
        assertEquals(0x0201, memory.load(BASE, 2));
        assertEquals(0x0504_0302, memory.load(BASE + 1, 4));
        assertEquals(0x0807_0605_0403_0201L, memory.load(BASE, 8));
        memory.store(BASE + 3, 2, 0xFFFF_ABCDL); // only the low two bytes are stored
        assertEquals(0x0807_06AB_CD03_0201L, memory.load(BASE, 8));
    }

    @Test
    void loadsAreZeroExtendedAndFreshMemoryIsZero() {
        memory.map(BASE, HostedMemory.PAGE_SIZE);
        assertEquals(0, memory.load(BASE + 100, 8));
        memory.store(BASE, 1, -1);
        assertEquals(0xFF, memory.load(BASE, 1));
        memory.store(BASE, 4, -1);
        assertEquals(0xFFFF_FFFFL, memory.load(BASE, 4));
    }

    @Test
    void accessesMayCrossPagesOfOneRegion() {
        memory.map(BASE, 2 * HostedMemory.PAGE_SIZE);
        long edge = BASE + HostedMemory.PAGE_SIZE - 3;
        memory.store(edge, 8, 0x1122_3344_5566_7788L);
        assertEquals(0x1122_3344_5566_7788L, memory.load(edge, 8));
        assertEquals(0x44, memory.load(BASE + HostedMemory.PAGE_SIZE + 1, 1));
    }

    @Test
    void adjacentMappingsMergeSoAccessesCrossThem() {
        memory.map(BASE + HostedMemory.PAGE_SIZE, HostedMemory.PAGE_SIZE);
        memory.map(BASE, HostedMemory.PAGE_SIZE);
        memory.map(BASE + 2 * HostedMemory.PAGE_SIZE, HostedMemory.PAGE_SIZE);
        long end = BASE + 2 * HostedMemory.PAGE_SIZE - 4;
        memory.store(end, 8, 42);
        assertEquals(42, memory.load(end, 8));
    }

    @Test
    void unmappedAccessFaultsAtTheFirstUnmappedByteAndChangesNothing() {
        memory.map(BASE, HostedMemory.PAGE_SIZE);
        long last = BASE + HostedMemory.PAGE_SIZE - 1;
        memory.store(last - 1, 2, 0x7777);
        MemoryFault below = assertThrows(MemoryFault.class, () -> memory.load(BASE - 1, 1));
        assertEquals(BASE - 1, below.address());
        MemoryFault across = assertThrows(MemoryFault.class, () -> memory.store(last - 1, 4, -1));
        assertEquals(last + 1, across.address());
        assertTrue(across.getMessage().contains("4-byte store to 0x" + Long.toHexString(last - 1)), across.getMessage());
        assertEquals(0x7777, memory.load(last - 1, 2), "a faulting store writes nothing");
        assertThrows(MemoryFault.class, () -> memory.load(0, 8), "page 0 is unmapped unless mapped");
        assertThrows(MemoryFault.class, () -> memory.load(-2, 4), "no access wraps around");
    }

    @Test
    void unmapRemovesContentsAndMaySplitARegion() {
        int page = HostedMemory.PAGE_SIZE;
        memory.map(BASE, 3 * page);
        memory.store(BASE + page, 8, 99);
        memory.store(BASE + 2 * page, 8, 7);
        memory.unmap(BASE + page, page);
        assertTrue(memory.isMapped(BASE));
        assertFalse(memory.isMapped(BASE + page));
        assertTrue(memory.isMapped(BASE + 2 * page));
        assertEquals(7, memory.load(BASE + 2 * page, 8));
        assertThrows(MemoryFault.class, () -> memory.load(BASE + page, 8));
        memory.map(BASE + page, page);
        assertEquals(0, memory.load(BASE + page, 8), "remapped memory starts as zeros");
    }

    @Test
    void hugeSparseMappingsCostNothingUntilTouched() {
        long terabyte = 1L << 40;
        memory.map(0, terabyte);
        memory.store(terabyte - 8, 8, -5);
        assertEquals(-5, memory.load(terabyte - 8, 8));
        long upper = 0xFFFF_8000_0000_0000L;
        memory.map(upper, -upper); // the whole upper half, up to 2^64 - 1
        memory.store(-8, 8, 123);
        assertEquals(123, memory.load(-8, 8));
    }

    @Test
    void mappingsMustBePageGranularCanonicalAndFree() {
        assertThrows(IllegalArgumentException.class, () -> memory.map(BASE + 1, HostedMemory.PAGE_SIZE));
        assertThrows(IllegalArgumentException.class, () -> memory.map(BASE, 100));
        assertThrows(IllegalArgumentException.class, () -> memory.map(BASE, 0));
        assertThrows(IllegalArgumentException.class, () -> memory.map(ObjectHandles.BASE, HostedMemory.PAGE_SIZE));
        assertThrows(IllegalArgumentException.class, () -> memory.map(0x7FFF_FFFF_F000L, 2 * HostedMemory.PAGE_SIZE));
        memory.map(BASE, 2 * HostedMemory.PAGE_SIZE);
        assertThrows(IllegalStateException.class, () -> memory.map(BASE + HostedMemory.PAGE_SIZE, HostedMemory.PAGE_SIZE));
        assertThrows(IllegalStateException.class, () -> memory.unmap(BASE, 3 * HostedMemory.PAGE_SIZE));
        assertThrows(IllegalArgumentException.class, () -> memory.load(BASE, 3));
    }
}
