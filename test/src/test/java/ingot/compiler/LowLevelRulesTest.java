package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.build.ImageBuilder;
import ingot.translator.check.ClassWorld;
import ingot.translator.check.LowLevelChecker;
import ingot.translator.rig.ProjectHome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The @Uninterruptible rules (DESIGN.md, level 2) over the library every image contains, as
 * ImageBuilder reads it: the clock and idle code (ingot.runtime.clock), which hypervisor drivers
 * and trap handlers will call, keeps them.
 */
class LowLevelRulesTest {
    private static final String CLOCK = "ingot/runtime/clock/";

    @Test
    void theClockKeepsTheLowLevelRules() throws Exception {
        ClassWorld world = new ClassWorld(new ImageBuilder(ProjectHome.locate(), System.err).libraryClasses());
        assertTrue(world.find(CLOCK + "PvClock") != null, "the image library holds the clock");
        List<String> violations = LowLevelChecker.violations(world).stream().filter(v -> v.startsWith(CLOCK)).toList();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
