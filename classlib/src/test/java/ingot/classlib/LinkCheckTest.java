package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.classlib.differential.MathDifferential;
import ingot.classlib.differential.Remapping;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reference from our renamed java.util to a class that stays the JDK's must exist, with
 * the same descriptor and public or protected, in the JDK: otherwise the harness would run
 * something other than our code.
 */
class LinkCheckTest {
    @Test
    void renamedCollectionsLinkAgainstTheJdk() {
        List<String> problems = Remapping.collections(Remapping.locateLibrary()).linkProblems();
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void renamedLocaleLinksAgainstTheJdk() {
        List<String> problems = Remapping.locales(Remapping.locateLibrary()).linkProblems();
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void renamedMathLinksAgainstTheJdk() {
        List<String> problems = MathDifferential.remapping(Remapping.locateLibrary()).linkProblems();
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
