package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every jar of the local Maven repository, read by us and by java.util.zip: the same entry list
 * (names, sizes, methods, CRCs) and byte-identical contents for every entry, CRC included.
 */
class LocalRepositoryConformanceTest {
    private final AtomicLong entries = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    @Test
    void everyJarReadsLikeJavaUtilZip() {
        List<Path> jars = LocalRepository.jars();
        assertFalse(jars.isEmpty(), "no jars under " + LocalRepository.root());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        jars.parallelStream().forEach(jar -> {
            try {
                compare(jar);
            } catch (Throwable t) {
                failures.add(jar + ": " + t);
            }
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LocalRepositoryConformanceTest: " + jars.size() + " jars, " + entries.get()
                + " entries, " + bytes.get() + " bytes inflated, identical to java.util.zip (" + ms + " ms)");
        assertTrue(failures.isEmpty(), failures.size() + " jars differ:\n" + String.join("\n",
                failures.subList(0, Math.min(20, failures.size()))));
    }

    private void compare(Path jar) throws IOException, JarFormatException {
        byte[] data = LocalRepository.bytes(jar);
        List<ZipEntry> expected;
        ZipFile zip;
        try {
            zip = new ZipFile(jar.toFile());
        } catch (IOException e) {
            assertThrows(JarFormatException.class, () -> readAll(JarArchive.read(data, Integer.MAX_VALUE)),
                    "java.util.zip rejects it (" + e + ")");
            return;
        }
        try (ZipFile z = zip) {
            expected = Collections.list((Enumeration<ZipEntry>) z.entries());
            JarArchive archive = JarArchive.read(data, Integer.MAX_VALUE);
            assertEquals(expected.size(), archive.size(), "entry count");
            for (int i = 0; i < expected.size(); i++) {
                compareEntry(z, expected.get(i), archive, archive.entry(i));
            }
        }
    }

    private void compareEntry(ZipFile zip, ZipEntry ze, JarArchive archive, JarEntry e)
            throws IOException, JarFormatException {
        assertEquals(ze.getName(), e.name(), "name");
        assertEquals(ze.getSize(), e.size(), ze.getName() + " size");
        assertEquals(ze.getCompressedSize(), e.compressedSize(), ze.getName() + " compressed size");
        assertEquals(ze.getMethod(), e.method(), ze.getName() + " method");
        assertEquals(ze.getCrc(), e.crc(), ze.getName() + " crc");
        assertEquals(ze.isDirectory(), e.isDirectory(), ze.getName() + " directory");
        byte[] theirs;
        try (InputStream in = zip.getInputStream(ze)) {
            theirs = in.readAllBytes();
        }
        byte[] ours = archive.contents(e);
        assertArrayEquals(theirs, ours, ze.getName() + " contents");
        assertEquals(ze.getCrc(), Crc32.of(ours, 0, ours.length) & 0xFFFFFFFFL, ze.getName() + " CRC-32");
        entries.incrementAndGet();
        bytes.addAndGet(ours.length);
    }

    private static void readAll(JarArchive archive) throws JarFormatException {
        for (int i = 0; i < archive.size(); i++) {
            archive.contents(archive.entry(i));
        }
    }
}
