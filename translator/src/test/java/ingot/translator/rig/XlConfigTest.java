package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XlConfigTest {
    @Test
    void aPvhGuestWithItsJarAsRamdisk() {
        XlConfig config = new XlConfig("app", false, "/x/ingot.elf", "/x/app.jar", "-jar app.jar", 64);
        assertEquals("""
                # Ingot guest: xl create -c THIS_FILE
                name = "app"
                type = "pvh"
                kernel = "/x/ingot.elf"
                ramdisk = "/x/app.jar"
                cmdline = "-jar app.jar"
                memory = 64
                vcpus = 1
                on_poweroff = "destroy"
                on_reboot = "destroy"
                on_crash = "destroy"
                """, config.text());
    }

    @Test
    void aPvGuestWithoutRamdisk() {
        String text = new XlConfig("g", true, "/i.elf", null, "", 32).text();
        assertTrue(text.contains("\ntype = \"pv\"\n"), text);
        assertTrue(text.contains("\ncmdline = \"\"\n"), text);
        assertTrue(text.contains("\nmemory = 32\n"), text);
        assertFalse(text.contains("ramdisk"), text);
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"a \\\"b\\\" c\\\\d\"", XlConfig.quote("a \"b\" c\\d"));
        assertEquals("\"x\\x0ay\\x09z\\x7f\"", XlConfig.quote("x\ny\tz\u007f"));
        assertEquals("\"é,;'\"", XlConfig.quote("é,;'"));
    }

    @Test
    void badValuesAreRigExceptions() {
        assertThrows(RigException.class, () -> new XlConfig("a b", false, "/i", null, "", 64));
        assertThrows(RigException.class, () -> new XlConfig("", false, "/i", null, "", 64));
        assertThrows(RigException.class, () -> new XlConfig("a", false, "", null, "", 64));
        assertThrows(RigException.class, () -> new XlConfig("a", false, "/i", null, "", 0));
        assertThrows(RigException.class, () -> new XlConfig("a", false, "/i", null, "x\0y", 64));
        assertThrows(RigException.class, () -> new XlConfig("a", false, "/i", null, null, 64));
    }
}
