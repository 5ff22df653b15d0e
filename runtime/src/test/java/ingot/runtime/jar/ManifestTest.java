package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static Manifest parse(String text) throws JarFormatException {
        return Manifest.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mainAttributesAndClassPath() throws JarFormatException {
        Manifest m = parse("Manifest-Version: 1.0\r\nMain-Class: demo.Main\r\n"
                + "Class-Path: lib/a.jar  lib/b.jar\tlib/c.jar\r\n\r\n");
        assertEquals("demo.Main", m.mainClass());
        assertArrayEquals(new String[] {"lib/a.jar", "lib/b.jar", "lib/c.jar"}, m.classPath());
        assertEquals("1.0", m.value(null, "manifest-version"));
        assertNull(m.value(null, "Absent"));
        assertFalse(m.isMultiRelease());
    }

    @Test
    void absentMainClassAndClassPath() throws JarFormatException {
        Manifest m = parse("Manifest-Version: 1.0\n");
        assertNull(m.mainClass());
        assertEquals(0, m.classPath().length);
    }

    @Test
    void continuationLinesJoinAsBytes() throws JarFormatException {
        byte[] utf8 = "Main-Class: com.example.Ünïcode\n".getBytes(StandardCharsets.UTF_8);
        int split = -1;   // fold between the two bytes of 'Ü'
        for (int i = 0; i < utf8.length; i++) {
            if ((utf8[i] & 0xFF) == 0xC3) {
                split = i + 1;
                break;
            }
        }
        byte[] folded = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, folded, 0, split);
        folded[split] = '\n';
        folded[split + 1] = ' ';
        System.arraycopy(utf8, split, folded, split + 2, utf8.length - split);
        assertEquals("com.example.Ünïcode", Manifest.parse(folded).mainClass());
        Manifest m = parse("Class-Path: a.jar\n  b.jar\n c.jar\n");
        assertArrayEquals(new String[] {"a.jar", "b.jarc.jar"}, m.classPath());
    }

    @Test
    void everyLineEndingAndNoFinalNewline() throws JarFormatException {
        for (String nl : new String[] {"\n", "\r", "\r\n"}) {
            Manifest m = parse("Manifest-Version: 1.0" + nl + "Main-Class: a.B" + nl + nl + "Name: x/Y.class"
                    + nl + "Digest: abc" + nl + " def");
            assertEquals("a.B", m.mainClass());
            assertEquals("abcdef", m.value("x/Y.class", "digest"));
            assertArrayEquals(new String[] {"x/Y.class"}, m.sectionNames());
        }
    }

    @Test
    void sectionsAndMultiRelease() throws JarFormatException {
        Manifest m = parse("Manifest-Version: 1.0\nMulti-Release: TRUE\n\n\nName: a/\nSealed: true\n\n"
                + "name: b/\nSealed: false\nSealed: maybe\n");
        assertTrue(m.isMultiRelease());
        assertEquals("true", m.value("a/", "Sealed"));
        assertEquals("maybe", m.value("b/", "sealed"));
        assertNull(m.value("c/", "Sealed"));
        assertArrayEquals(new String[] {"a/", "b/"}, m.sectionNames());
    }

    @Test
    void valuesKeepColonsAndMissingSpace() throws JarFormatException {
        Manifest m = parse("Created-By:17 (x: y)\nURL: http://example.com:80/\n");
        assertEquals("17 (x: y)", m.value(null, "Created-By"));
        assertEquals("http://example.com:80/", m.value(null, "URL"));
    }

    @Test
    void agreesWithJavaUtilJar() throws JarFormatException, IOException {
        String text = "Manifest-Version: 1.0\r\nMain-Class: demo.VeryLongMainClassNameThatWillBeFoldedByTheWriter\r\n"
                + "Class-Path: one.jar two.jar\r\n\r\nName: demo/\r\nImplementation-Title: Demo\r\n\r\n";
        java.util.jar.Manifest theirs = new java.util.jar.Manifest(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        theirs.write(written);
        Manifest ours = Manifest.parse(written.toByteArray());
        assertEquals(theirs.getMainAttributes().getValue("Main-Class"), ours.mainClass());
        assertEquals(theirs.getMainAttributes().getValue("Class-Path"), ours.value(null, "Class-Path"));
        assertEquals(theirs.getAttributes("demo/").getValue("Implementation-Title"),
                ours.value("demo/", "Implementation-Title"));
    }

    @Test
    void malformedManifestsAreRejected() {
        String[][] cases = {
            {"Manifest-Version: 1.0\nno colon here\n", "line 2"},
            {" continued\n", "continuation"},
            {"Manifest-Version: 1.0\n\nSealed: true\n", "Name:"},
            {": empty name\n", "line 1"},
        };
        for (String[] c : cases) {
            JarFormatException e = assertThrows(JarFormatException.class, () -> parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        byte[] badUtf8 = {'A', ':', ' ', (byte) 0xFF, '\n'};
        assertThrows(JarFormatException.class, () -> Manifest.parse(badUtf8));
    }
}
