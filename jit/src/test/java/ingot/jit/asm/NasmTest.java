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
    void installedNasmIsVersion216() {
        String version = Nasm.version();
        assertTrue(version.startsWith("NASM version 2.16"), version);
    }
}
