package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.runtime.exec.ClassWords;
import ingot.translator.rig.ProjectHome;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** boot/class_init.asm reads Class objects at the offsets ingot.runtime.exec.ClassWords defines. */
class ClassInitLayoutTest {
    @Test
    void assemblyOffsetsMirrorClassWords() throws Exception {
        Map<String, Integer> equ = new HashMap<>();
        for (String line : Files.readAllLines(ProjectHome.locate().root().resolve("boot/class_init.asm"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("equ")) {
                equ.put(parts[0], Integer.decode(parts[2]));
            }
        }
        assertEquals(ClassWords.SUPERCLASS, equ.get("CLASS_SUPERCLASS"));
        assertEquals(ClassWords.INIT_STATE, equ.get("CLASS_INIT_STATE"));
        assertEquals(ClassWords.CLINIT, equ.get("CLASS_CLINIT"));
        assertEquals(ClassWords.IN_PROGRESS, equ.get("INIT_IN_PROGRESS"));
        assertEquals(ClassWords.INITIALIZED, equ.get("INIT_DONE"));
    }
}
