package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.image.ElfSegments;
import ingot.translator.image.ElfSegments.Segment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ELF file make builds: one ELF64 with three loadable segments, the PVH note and the PV notes. */
class ImageLayoutTest {
    private static final int PT_LOAD = ElfSegments.PT_LOAD;
    private static final int PT_NOTE = ElfSegments.PT_NOTE;
    private static final long IMAGE_BASE = 0x100000;

    private static ByteBuffer image() throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(Boots.rig().home().builtImage())).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static List<Segment> segments(ByteBuffer elf) {
        return ElfSegments.read(elf.array());
    }

    @Test
    void isAnElf64ForX8664() throws Exception {
        ByteBuffer elf = image();
        assertEquals(0x464C457F, elf.getInt(0));
        assertEquals(2, elf.get(4), "ELFCLASS64");
        assertEquals(2, elf.getShort(16), "ET_EXEC");
        assertEquals(62, elf.getShort(18), "EM_X86_64");
        assertEquals(56, elf.getShort(54));
    }

    @Test
    void hasCodeReadOnlyDataAndDataSegmentsEachPageAligned() throws Exception {
        ByteBuffer elf = image();
        List<Segment> loads = segments(elf).stream().filter(s -> s.type() == PT_LOAD).toList();
        assertEquals(3, loads.size());
        assertEquals(5, loads.get(0).flags(), "code: R+X");
        assertEquals(4, loads.get(1).flags(), "read-only data: R");
        assertEquals(6, loads.get(2).flags(), "data: R+W");
        assertEquals(IMAGE_BASE, loads.get(0).address());
        long end = IMAGE_BASE;
        for (Segment load : loads) {
            assertEquals(0, load.address() % 4096, load.toString());
            assertTrue(load.address() >= end, "segments are in order and apart");
            assertEquals(load.address() - IMAGE_BASE, load.offset(), "file offset = address - base");
            assertTrue(load.memorySize() >= load.fileSize());
            assertTrue(load.offset() + load.fileSize() <= elf.capacity(), "inside the file");
            end = load.address() + load.memorySize();
        }
        Segment data = loads.get(2);
        assertEquals(elf.capacity(), data.offset() + data.fileSize(), "the file ends with the data segment");
    }

    @Test
    void thePvhNoteGivesTheEntryInTheCodeSegment() throws Exception {
        ByteBuffer elf = image();
        Segment note = segments(elf).stream().filter(s -> s.type() == PT_NOTE).findFirst().orElseThrow();
        int at = (int) note.offset();
        assertEquals(4, elf.getInt(at), "namesz");
        assertEquals(8, elf.getInt(at + 4), "descsz: 8 bytes, as QEMU reads in an ELF64");
        assertEquals(18, elf.getInt(at + 8), "XEN_ELFNOTE_PHYS32_ENTRY");
        assertEquals(0x006E6558, elf.getInt(at + 12), "\"Xen\\0\"");
        long entry = elf.getLong(at + 16);
        Segment code = segments(elf).get(0);
        assertTrue(entry >= code.address() && entry < code.address() + code.fileSize());
        assertEquals(entry, elf.getLong(24), "e_entry is the same entry");
    }

    /** The "Xen" notes of the PT_NOTE segment: type to value bytes. */
    private static Map<Integer, byte[]> xenNotes(ByteBuffer elf) {
        Segment note = segments(elf).stream().filter(s -> s.type() == PT_NOTE).findFirst().orElseThrow();
        Map<Integer, byte[]> notes = new LinkedHashMap<>();
        int at = (int) note.offset();
        int end = at + (int) note.fileSize();
        while (at < end) {
            int nameSize = elf.getInt(at);
            int valueSize = elf.getInt(at + 4);
            int type = elf.getInt(at + 8);
            assertEquals(4, nameSize);
            assertEquals(0x006E6558, elf.getInt(at + 12), "\"Xen\\0\"");
            byte[] value = new byte[valueSize];
            elf.get(at + 16, value);
            notes.put(type, value);
            at += 16 + (valueSize + 3) / 4 * 4;
        }
        assertEquals(end, at, "the notes fill the segment");
        return notes;
    }

    private static long number(byte[] value) {
        assertEquals(8, value.length);
        return ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static String text(byte[] value) {
        assertEquals(0, value[value.length - 1], "NUL-terminated");
        return new String(value, 0, value.length - 1, StandardCharsets.US_ASCII);
    }

    @Test
    void thePvNotesMakeItA64BitPvKernelAtItsLoadAddresses() throws Exception {
        ByteBuffer elf = image();
        Map<Integer, byte[]> notes = xenNotes(elf);
        Segment code = segments(elf).get(0);
        long entry = number(notes.get(1));
        long hypercallPage = number(notes.get(2));
        assertTrue(entry >= code.address() && entry < code.address() + code.fileSize(), "XEN_ELFNOTE_ENTRY");
        assertTrue(entry != number(notes.get(18)), "the PV entry is not the 32-bit PVH entry");
        assertEquals(0, hypercallPage % 4096, "XEN_ELFNOTE_HYPERCALL_PAGE is a page");
        assertTrue(hypercallPage >= code.address() && hypercallPage + 4096 <= code.address() + code.fileSize());
        assertEquals(0, number(notes.get(3)), "XEN_ELFNOTE_VIRT_BASE");
        assertEquals(0, number(notes.get(4)), "XEN_ELFNOTE_PADDR_OFFSET");
        assertEquals("xen-3.0", text(notes.get(5)), "XEN_ELFNOTE_XEN_VERSION");
        assertEquals("Ingot", text(notes.get(6)), "XEN_ELFNOTE_GUEST_OS");
        assertEquals("generic", text(notes.get(8)), "XEN_ELFNOTE_LOADER");
    }
}
