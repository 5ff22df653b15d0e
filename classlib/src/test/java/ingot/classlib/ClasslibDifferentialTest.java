package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.classlib.differential.DifferentialHarness;
import ingot.classlib.differential.Remapping;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The class library against the JDK on HotSpot: seeded operation sequences on every collection
 * scenario; prints "classlib differential: N sequences, M operations, K mismatches" and fails
 * when K > 0, showing the first differences.
 */
class ClasslibDifferentialTest {
    private static final int SEQUENCES = 40;
    private static final int STEPS = 150;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void collectionsAgreeWithTheJdk() {
        DifferentialHarness harness = new DifferentialHarness(Remapping.collections(Remapping.locateLibrary()));
        harness.run(null, SEQUENCES, STEPS, 20_260_101L);
        System.out.print(harness.perScenario());
        System.out.println("classlib differential: spliterators of classes not reproduced (not compared): "
                + harness.unsupportedSpliterators() + (harness.unsupportedClasses().isEmpty() ? ""
                : " " + harness.unsupportedClasses()));
        System.out.println(harness.summary());
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < Math.min(3, harness.mismatches().size()); i++) {
            first.append(harness.mismatches().get(i)).append('\n');
        }
        assertTrue(harness.operations() > 10_000, "too few operations ran: " + harness.operations());
        assertEquals(0, harness.mismatches().size(), harness.summary() + "\n" + first);
    }
}
