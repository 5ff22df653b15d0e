package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every class of the JDK's java.base links, and every linked class keeps the layout and vtable invariants. */
class LinkCorpusTest {
    @Test
    void everyJavaBaseClassLinksWithSoundLayoutsAndTables() {
        Linker linker = new Linker(JdkClasses.JAVA_BASE);
        List<String> names = JdkClasses.JAVA_BASE.names();
        List<String> problems = new ArrayList<>();
        int slots = 0;
        int itableEntries = 0;
        for (String name : names) {
            LinkedClass c = linker.link(name);
            problems.addAll(Invariants.check(c));
            slots += c.vtable().length;
            for (LinkedClass i : c.isInterface() ? new LinkedClass[0] : c.allInterfaces()) {
                itableEntries += i.interfaceMethods().length;
            }
        }
        System.out.println("link corpus: " + names.size() + " java.base classes, " + slots + " vtable slots, "
            + itableEntries + " itable entries, " + problems.size() + " problems");
        assertTrue(names.size() > 5000, "expected all of java.base, saw " + names.size());
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }
}
