package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.classlib.differential.MathDifferential;
import ingot.classlib.differential.Remapping;
import org.junit.jupiter.api.Test;

/**
 * Our StrictMath (and Math) against the JDK 17 StrictMath on HotSpot, bit for bit, on a million
 * seeded arguments per function; prints "classlib differential: N sequences, M operations,
 * K mismatches" and fails when K > 0, showing the first differences with their arguments.
 */
class StrictMathDifferentialTest {
    private static final int ARGUMENTS_PER_FUNCTION = 1_000_000;

    @Test
    void strictMathAgreesWithTheJdkBitForBit() throws Throwable {
        MathDifferential d = new MathDifferential(Remapping.locateLibrary());
        d.runAll(ARGUMENTS_PER_FUNCTION, 17_031_000L);
        System.out.print(d.perFunction());
        System.out.println(d.summary());
        assertTrue(d.operations() > 20_000_000, "too few calls compared: " + d.operations());
        assertEquals(0, d.mismatchCount(), d.summary() + "\n" + String.join("\n", d.mismatches()));
    }
}
