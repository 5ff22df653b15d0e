package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class MultiReleaseTest {
    private static final String MR_MANIFEST = "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n";

    private static ZipBuilder layout(String manifest) {
        return new ZipBuilder().stored("META-INF/MANIFEST.MF", manifest)
                .stored("a/", "").stored("a/A.class", "A base").stored("a/B.class", "B base")
                .stored("META-INF/versions/9/a/A.class", "A 9")
                .stored("META-INF/versions/21/a/A.class", "A 21")
                .stored("META-INF/versions/11/a/A.class", "A 11")
                .stored("META-INF/versions/17/a/C.class", "C 17 only")
                .stored("META-INF/versions/18/a/B.class", "B 18")
                .stored("META-INF/versions/x/a/B.class", "malformed version")
                .stored("META-INF/versions/11/", "")
                .stored("META-INF/versions/11/META-INF/extra.txt", "not versioned");
    }

    private static List<String> names(JarArchive archive, JarEntry[] entries) {
        List<String> names = new ArrayList<>();
        for (JarEntry e : entries) {
            names.add(archive.loaderName(e) + " <- " + e.name());
        }
        return names;
    }

    @Test
    void highestVersionAtOrBelowTheReleaseReplacesTheBase() throws JarFormatException {
        JarArchive archive = JarArchive.read(layout(MR_MANIFEST).build());
        assertTrue(archive.isMultiRelease());
        assertEquals(List.of("META-INF/MANIFEST.MF <- META-INF/MANIFEST.MF", "a/ <- a/",
                "a/A.class <- META-INF/versions/11/a/A.class", "a/B.class <- a/B.class",
                "a/C.class <- META-INF/versions/17/a/C.class"), names(archive, archive.versionedEntries(17)));
        assertEquals("META-INF/versions/9/a/A.class", archive.versionedEntries(9)[2].name());
        assertEquals("a/A.class", archive.versionedEntries(8)[2].name());
        assertSame(archive.find("META-INF/versions/11/a/A.class"), archive.findVersioned("a/A.class", 17));
        assertSame(archive.find("META-INF/versions/21/a/A.class"), archive.findVersioned("a/A.class", Integer.MAX_VALUE));
        assertSame(archive.find("a/B.class"), archive.findVersioned("a/B.class", 17));
        assertNull(archive.findVersioned("a/C.class", 16));
    }

    @Test
    void agreesWithJarFileVersionedStream() throws Exception {
        byte[] data = layout(MR_MANIFEST).build();
        Path file = Files.createTempFile("ingot-mr", ".jar");
        try {
            Files.write(file, data);
            JarArchive archive = JarArchive.read(data);
            for (int release : new int[] {9, 11, 17, 21}) {
                List<String> theirs = jdkView(file, release);
                List<String> ours = names(archive, archive.versionedEntries(release));
                ours.removeIf(s -> s.startsWith("META-INF/"));
                assertEquals(theirs, ours, "release " + release);
            }
        } finally {
            Files.delete(file);
        }
    }

    /** The JDK's view, leaving out META-INF/ names (the JDK maps versions/N/META-INF/ oddly). */
    private static List<String> jdkView(Path file, int release) throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(file.toFile(), true, ZipFile.OPEN_READ,
                Runtime.Version.parse(Integer.toString(release)))) {
            return jar.versionedStream().filter(e -> !e.getName().startsWith("META-INF/"))
                    .map(e -> e.getName() + " <- " + e.getRealName()).collect(Collectors.toList());
        }
    }

    @Test
    void withoutTheAttributeEveryEntryIsItself() throws JarFormatException {
        for (String manifest : new String[] {"Manifest-Version: 1.0\n", "Multi-Release: false\n", "broken\n"}) {
            JarArchive archive = JarArchive.read(layout(manifest).build());
            assertFalse(archive.isMultiRelease());
            JarEntry[] all = archive.versionedEntries(17);
            assertEquals(archive.size(), all.length);
            for (int i = 0; i < all.length; i++) {
                assertSame(archive.entry(i), all[i]);
                assertEquals(all[i].name(), archive.loaderName(all[i]));
            }
            assertSame(archive.find("a/A.class"), archive.findVersioned("a/A.class", 17));
            if (manifest.startsWith("broken")) {
                assertThrows(JarFormatException.class, archive::manifest);
                assertThrows(JarFormatException.class, archive::manifest, "the failure is remembered");
            }
        }
    }

    @Test
    void versionDirectoryNames() {
        String[] names = {
            "META-INF/versions/9/a", "META-INF/versions/10/b/c", "META-INF/versions/09/a",
            "META-INF/versions/8/a", "META-INF/versions/x/a", "META-INF/versions/11/", "META-INF/versions/11",
            "META-INF/versions/11/META-INF/a", "a/b", "META-INF/versions/12345/a", "META-INF/versions/9999/a",
        };
        int[] releases = {9, 10, -1, -1, -1, -1, -1, -1, 0, -1, 9999};
        int[] got = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            got[i] = new JarEntry(names[i], 0, 0, 0, 0, 0, 0, 0).release();
        }
        assertArrayEquals(releases, got);
        assertEquals("b/c", new JarEntry(names[1], 0, 0, 0, 0, 0, 0, 0).baseName());
    }
}
