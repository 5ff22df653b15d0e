package ingot.runtime.jar;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link JarArchive}: reading the directory, every entry's contents, the manifest and the
 * multi-release view. Only {@link JarFormatException} may come out; Jazzer reports anything else,
 * and any input that runs longer than its per-input timeout. Seeds and kept findings:
 * {@code JarArchiveFuzzTestInputs/readJar/}.
 */
class JarArchiveFuzzTest {
    private static final long LIMIT = 1 << 20;

    @FuzzTest(maxDuration = "15s")
    void readJar(byte[] data) {
        JarExercise.readEverything(data, LIMIT);
    }
}
