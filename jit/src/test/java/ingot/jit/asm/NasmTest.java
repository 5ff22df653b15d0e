package ingot.jit.asm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The NASM runner fails, never skips, when nasm is missing. */
class NasmTest {
    @Test
    void missingNasmFailsAndSaysToRunMakeDeps() {
        AssertionError e = assertThrows(AssertionError.class, () -> Nasm.version("ingot-no-such-nasm"));
        assertTrue(e.getMessage().contains("make deps"), e.getMessage());
    }

    @Test
    void installedNasmIsAtLeast216() {
        String version = Nasm.version();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("NASM version (\\d+)\\.(\\d+)").matcher(version);
        assertTrue(m.find(), version);
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        assertTrue(major > 2 || major == 2 && minor >= 16, "the cross-check needs NASM 2.16 or later: " + version);
    }
}
