package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpioWriterTest {
    /** One entry read back: name, mode, data. */
    record Entry(String name, int mode, byte[] data) {
    }

    /** Reads a newc archive the way Linux's initramfs unpacker does. */
    static List<Entry> read(byte[] archive) {
        List<Entry> entries = new ArrayList<>();
        int at = 0;
        while (true) {
            assertEquals(0, at % 4, "headers are 4-byte aligned");
            String header = new String(archive, at, 110, StandardCharsets.US_ASCII);
            assertEquals("070701", header.substring(0, 6));
            int mode = field(header, 1);
            int size = field(header, 6);
            int nameSize = field(header, 11);
            String name = new String(archive, at + 110, nameSize - 1, StandardCharsets.UTF_8);
            assertEquals(0, archive[at + 110 + nameSize - 1], "names end with NUL");
            int data = align(at + 110 + nameSize);
            if (name.equals("TRAILER!!!")) {
                assertEquals(archive.length, data, "nothing after the trailer but padding");
                return entries;
            }
            byte[] bytes = new byte[size];
            System.arraycopy(archive, data, bytes, 0, size);
            entries.add(new Entry(name, mode, bytes));
            at = align(data + size);
        }
    }

    private static int field(String header, int index) {
        return Integer.parseInt(header.substring(6 + index * 8, 14 + index * 8), 16);
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }

    @Test
    void entriesReadBackWithTheirNamesModesAndData() {
        byte[] archive = new CpioWriter().directory("ingot").file("ingot/a", "xyz\n")
                .file("ingot/empty", new byte[0]).file("ingot/binary", new byte[] {0, 1, 2, 3, 4}).finish();
        List<Entry> entries = read(archive);
        assertEquals(4, entries.size());
        assertEquals("ingot", entries.get(0).name());
        assertEquals(CpioWriter.MODE_DIRECTORY, entries.get(0).mode());
        assertEquals("ingot/a", entries.get(1).name());
        assertEquals(CpioWriter.MODE_FILE, entries.get(1).mode());
        assertArrayEquals("xyz\n".getBytes(StandardCharsets.UTF_8), entries.get(1).data());
        assertEquals(0, entries.get(2).data().length);
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, entries.get(3).data());
    }

    @Test
    void anEmptyArchiveIsTheTrailer() {
        byte[] archive = new CpioWriter().finish();
        assertEquals(0, read(archive).size());
        assertEquals(0, archive.length % 4);
    }
}
