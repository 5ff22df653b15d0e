package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Inflater} against zlib: on any input both must agree on accepting it, and an
 * accepted stream must inflate to the same bytes. Anything but {@link JarFormatException} escaping
 * is a finding. Seeds and kept findings: {@code InflaterFuzzTestInputs/inflateLikeZlib/}.
 */
class InflaterFuzzTest {
    private static final int LIMIT = 1 << 20;

    @FuzzTest(maxDuration = "15s")
    void inflateLikeZlib(byte[] input) {
        byte[] expected = Zlib.inflate(input, LIMIT);
        byte[] ours;
        try {
            ours = Inflater.inflate(input, 0, input.length, Inflater.UNKNOWN_SIZE, LIMIT);
        } catch (JarFormatException e) {
            if (expected != null) {
                fail("zlib inflates this stream to " + expected.length + " bytes but we reject it: "
                        + e.getMessage());
            }
            return;
        }
        if (expected == null) {
            fail("zlib rejects this stream but we inflate it to " + ours.length + " bytes");
        }
        assertArrayEquals(expected, ours);
    }
}
