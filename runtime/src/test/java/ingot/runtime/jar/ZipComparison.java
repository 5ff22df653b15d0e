package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads an archive with us and with java.util.zip.ZipFile and asserts they agree entirely. */
final class ZipComparison {
    /** Entries and inflated bytes compared. */
    long entries;
    long bytes;

    /** Compares the archive in {@code file} (whose bytes are {@code data}). */
    void compare(File file, byte[] data) throws IOException, JarFormatException {
        ZipFile zip;
        try {
            zip = new ZipFile(file);
        } catch (IOException e) {
            assertThrows(JarFormatException.class, () -> readAll(JarArchive.read(data, Integer.MAX_VALUE)),
                    "java.util.zip rejects it (" + e + ")");
            return;
        }
        try (ZipFile z = zip) {
            List<ZipEntry> expected = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                expected.add(en.nextElement());
            }
            JarArchive archive = JarArchive.read(data, Integer.MAX_VALUE);
            assertEquals(expected.size(), archive.size(), "entry count");
            for (int i = 0; i < expected.size(); i++) {
                compareEntry(z, expected.get(i), archive, archive.entry(i));
            }
        }
    }

    /** Compares archive bytes, through a temporary file. */
    void compare(byte[] data) throws IOException, JarFormatException {
        Path file = Files.createTempFile("ingot-zip", ".jar");
        try {
            Files.write(file, data);
            compare(file.toFile(), data);
        } finally {
            Files.delete(file);
        }
    }

    static void assertLikeZipFile(byte[] data) {
        try {
            new ZipComparison().compare(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JarFormatException e) {
            throw new AssertionError("we reject what java.util.zip reads: " + e.getMessage(), e);
        }
    }

    private void compareEntry(ZipFile zip, ZipEntry ze, JarArchive archive, JarEntry e)
            throws IOException, JarFormatException {
        String name = ze.getName();
        assertEquals(name, e.name(), "name");
        assertEquals(ze.getSize(), e.size(), name + " size");
        assertEquals(ze.getCompressedSize(), e.compressedSize(), name + " compressed size");
        assertEquals(ze.getMethod(), e.method(), name + " method");
        assertEquals(ze.getCrc(), e.crc(), name + " crc");
        assertEquals(ze.isDirectory(), e.isDirectory(), name + " directory");
        byte[] theirs;
        try (InputStream in = zip.getInputStream(ze)) {
            theirs = in.readAllBytes();
        }
        byte[] ours = archive.contents(e);
        assertArrayEquals(theirs, ours, name + " contents");
        assertEquals(ze.getCrc(), Crc32.of(ours, 0, ours.length) & 0xFFFFFFFFL, name + " CRC-32");
        entries++;
        bytes += ours.length;
    }

    private static void readAll(JarArchive archive) throws JarFormatException {
        for (int i = 0; i < archive.size(); i++) {
            archive.contents(archive.entry(i));
        }
    }
}
