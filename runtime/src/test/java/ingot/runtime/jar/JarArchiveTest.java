package ingot.runtime.jar;

import static ingot.runtime.jar.ZipComparison.assertLikeZipFile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class JarArchiveTest {
    private static final byte[] TEXT = ("Ingot reads jars without java.util.zip. ".repeat(200))
            .getBytes(StandardCharsets.US_ASCII);

    private static byte[] sampleJar() throws IOException {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "demo.Main");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            jar.putNextEntry(new ZipEntry("demo/"));
            jar.closeEntry();
            jar.putNextEntry(new ZipEntry("demo/Main.class"));
            jar.write(TEXT);
            jar.closeEntry();
            jar.putNextEntry(new ZipEntry("demo/empty.txt"));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void readsAJarWrittenByJarOutputStream() throws Exception {
        byte[] data = sampleJar();
        assertLikeZipFile(data);
        JarArchive archive = JarArchive.read(data);
        assertEquals(4, archive.size());
        JarEntry main = archive.find("demo/Main.class");
        assertNotNull(main);
        assertEquals(JarEntry.DEFLATED, main.method());
        assertTrue((main.flags() & 8) != 0, "JarOutputStream writes a data descriptor");
        assertEquals(TEXT.length, main.size());
        assertArrayEquals(TEXT, archive.contents(main));
        assertTrue(archive.find("demo/").isDirectory());
        assertEquals(0, archive.contents(archive.find("demo/empty.txt")).length);
        assertNull(archive.find("demo/Missing.class"));
        assertEquals("demo.Main", archive.manifest().mainClass());
        assertFalse(archive.isMultiRelease());
    }

    @Test
    void handWrittenVariantsReadLikeJavaUtilZip() throws Exception {
        ZipBuilder[] variants = {
            new ZipBuilder(), new ZipBuilder().zip64(), new ZipBuilder().dataDescriptors(),
            new ZipBuilder().zip64().dataDescriptors(), new ZipBuilder().comment("an archive comment"),
            new ZipBuilder().prefix("#!/bin/sh\nexec java -jar \"$0\"\n".getBytes(StandardCharsets.US_ASCII)),
        };
        for (ZipBuilder b : variants) {
            byte[] data = b.stored("a.txt", "stored text").deflated("b/c.bin", TEXT).deflated("empty", "")
                    .stored("ünïcödé/日本/\uD83D\uDE00.txt", "utf-8 name").build();
            assertLikeZipFile(data);
            JarArchive archive = JarArchive.read(data);
            assertArrayEquals(TEXT, archive.contents(archive.find("b/c.bin")));
            assertEquals("utf-8 name", new String(archive.contents(archive.find("ünïcödé/日本/\uD83D\uDE00.txt")),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void zip64ExtraFieldsSupplySizesAndOffsets() throws Exception {
        byte[] data = new ZipBuilder().zip64().stored("x", "xx").deflated("y", TEXT).build();
        JarArchive archive = JarArchive.read(data);
        JarEntry y = archive.find("y");
        assertEquals(TEXT.length, y.size());
        assertTrue(y.localHeaderOffset() > 0);
        assertArrayEquals(TEXT, archive.contents(y));
    }

    @Test
    void moreThan65535EntriesUseTheZip64EndRecord() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = 70_000;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(0);
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.write(i & 0xFF);
                zip.closeEntry();
            }
        }
        byte[] data = bytes.toByteArray();
        JarArchive archive = JarArchive.read(data);
        assertEquals(count, archive.size());
        assertEquals("e69999", archive.entry(count - 1).name());
        assertArrayEquals(new byte[] {(byte) (69_999 & 0xFF)}, archive.contents(archive.find("e69999")));
    }

    @Test
    void emptyArchive() throws Exception {
        byte[] data = new ZipBuilder().build();
        assertEquals(0, JarArchive.read(data).size());
        assertNull(JarArchive.read(data).manifest());
        assertEquals(0, JarArchive.read(data).versionedEntries(17).length);
        assertLikeZipFile(data);
    }

    @Test
    void repeatedNamesFindTheLastEntry() throws Exception {
        byte[] data = new ZipBuilder().stored("dup", "first").stored("dup", "second").build();
        JarArchive archive = JarArchive.read(data);
        assertEquals(2, archive.size());
        assertSame(archive.entry(1), archive.find("dup"));
    }

    @Test
    void notAZip() {
        for (byte[] data : new byte[][] {new byte[0], new byte[21], "just some text, no zip".getBytes()}) {
            JarFormatException e = assertThrows(JarFormatException.class, () -> JarArchive.read(data));
            assertTrue(e.getMessage().contains("end of central directory"), e.getMessage());
        }
    }

    /** Offset of the first central directory record (its signature occurs in no test data). */
    private static int centralDirectory(byte[] data) {
        for (int p = 0; p <= data.length - 4; p++) {
            if (LittleEndian.u32(data, p) == CentralDirectory.SIG) {
                return p;
            }
        }
        throw new AssertionError("no central directory");
    }

    private static void assertContentsRejected(byte[] data, String name, String fragment) throws JarFormatException {
        JarArchive archive = JarArchive.read(data);
        JarFormatException e = assertThrows(JarFormatException.class, () -> archive.contents(archive.find(name)));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ":"), "message names the entry: " + e.getMessage());
    }

    @Test
    void damagedEntriesAreRejectedWithClearMessages() throws Exception {
        byte[] good = new ZipBuilder().deflated("d", TEXT).stored("s", "stored").build();
        int cen = centralDirectory(good);

        byte[] crc = good.clone();
        crc[cen + 16] ^= 1;
        assertContentsRejected(crc, "d", "CRC mismatch");

        byte[] method = good.clone();
        method[cen + 10] = 12;
        assertContentsRejected(method, "d", "unsupported compression method 12");

        byte[] encrypted = good.clone();
        encrypted[cen + 8] |= 1;
        assertContentsRejected(encrypted, "d", "encrypted");

        byte[] offset = good.clone();
        offset[cen + 42] = 3;
        assertContentsRejected(offset, "d", "no local header");

        byte[] farOffset = good.clone();
        farOffset[cen + 45] = 0x7F;
        assertContentsRejected(farOffset, "d", "outside");

        byte[] size = good.clone();
        size[cen + 24] ^= 1;
        assertContentsRejected(size, "d", "declared");

        byte[] compressed = good.clone();
        compressed[cen + 22] = 0x70;
        assertContentsRejected(compressed, "d", "run past the end");

        JarArchive small = JarArchive.read(good, 100);
        JarFormatException e = assertThrows(JarFormatException.class, () -> small.contents(small.find("d")));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void damagedDirectoriesAreRejected() throws Exception {
        byte[] good = new ZipBuilder().deflated("d", TEXT).stored("s", "stored").build();
        int cen = centralDirectory(good);
        byte[] signature = good.clone();
        signature[cen] = 0;
        assertThrows(JarFormatException.class, () -> JarArchive.read(signature));
        byte[] nameLength = good.clone();
        nameLength[cen + 29] = 0x70;
        assertThrows(JarFormatException.class, () -> JarArchive.read(nameLength));
        byte[] badName = good.clone();
        badName[cen + 46] = (byte) 0xC0;
        JarFormatException e = assertThrows(JarFormatException.class, () -> JarArchive.read(badName));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThrows(JarFormatException.class, () -> JarArchive.read(cut), "cut at " + n);
        }
    }

    @Test
    void zip64WithAMissingExtraFieldIsRejected() {
        byte[] data = new ZipBuilder().zip64().stored("x", "xx").build();
        int cen = centralDirectory(data);
        int nameLength = LittleEndian.u16(data, cen + 28);
        data[cen + 46 + nameLength] = 9;
        JarFormatException e = assertThrows(JarFormatException.class, () -> JarArchive.read(data));
        assertTrue(e.getMessage().contains("ZIP64"), e.getMessage());
    }
}
