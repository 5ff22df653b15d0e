package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of damaged archives (seeded: a case replays from its seed and its corpus jar, both in
 * the failure message; the corpus is drawn from the local repository, so it varies by machine): the reader
 * must either read them or throw {@link JarFormatException}; any other throwable, or a case that
 * runs for more than a few seconds, fails the test with the case's seed and kind.
 */
class JarMutationTest {
    private static final long SEED = 0x1460_7A12L;
    private static final int CASES = 12_000;
    private static final long LIMIT = 4 << 20;
    private static final long SLOW_NANOS = 3_000_000_000L;

    /** A corpus archive and where it came from (the case seed replays only with the same corpus). */
    private record Sample(String origin, byte[] data) {
    }

    private static List<Sample> corpus() {
        List<Sample> corpus = new ArrayList<>();
        for (Path jar : LocalRepository.smallJars(32, 48_000)) {
            corpus.add(new Sample(jar.toString(), LocalRepository.bytes(jar)));
        }
        byte[] text = "some text that deflates, some text that deflates, again and again".repeat(20)
                .getBytes(StandardCharsets.US_ASCII);
        corpus.add(new Sample("ZIP64 with data descriptors",
                new ZipBuilder().zip64().dataDescriptors().deflated("a/B.class", text).stored("c", "d").build()));
        corpus.add(new Sample("multi-release with prefix", new ZipBuilder().prefix(new byte[] {'#', '!', '\n'}).comment("comment")
                .stored("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMulti-Release: true\n\n")
                .deflated("a/A.class", text).deflated("META-INF/versions/11/a/A.class", text).build()));
        return corpus;
    }

    @Test
    void damagedArchivesGiveOnlyJarFormatException() {
        List<Sample> corpus = corpus();
        assertTrue(corpus.size() > 2, "no jars from the local repository");
        Random seeds = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int[] outcomes = new int[3];   // directory rejected, some entries rejected, everything read
        for (int i = 0; i < CASES; i++) {
            long caseSeed = seeds.nextLong();
            String failure = runCase(corpus, caseSeed, outcomes);
            if (failure != null && failures.size() < 20) {
                failures.add("case " + i + " seed " + caseSeed + ": " + failure);
            }
        }
        System.out.println("JarMutationTest: " + CASES + " damaged archives from " + corpus.size() + " jars: "
                + outcomes[0] + " rejected whole, " + outcomes[1] + " with rejected entries, " + outcomes[2]
                + " read fully");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0 && outcomes[2] > 0, "mutations too mild or too harsh");
    }

    /** Runs one case; returns what went wrong, or null. */
    private static String runCase(List<Sample> corpus, long caseSeed, int[] outcomes) {
        Random r = new Random(caseSeed);
        Sample sample = corpus.get(r.nextInt(corpus.size()));
        byte[] original = sample.data();
        int kind = r.nextInt(JarMutator.KINDS.length);
        byte[] damaged = JarMutator.mutate(original, kind, r);
        String what = JarMutator.KINDS[kind] + " of " + sample.origin();
        long start = System.nanoTime();
        try {
            int good = JarExercise.readEverything(damaged, LIMIT);
            outcomes[good < 0 ? 0 : good < entryCount(original) ? 1 : 2]++;
        } catch (Throwable t) {
            return what + ": " + t;
        }
        long elapsed = System.nanoTime() - start;
        return elapsed > SLOW_NANOS ? what + ": took " + elapsed / 1_000_000 + " ms" : null;
    }

    private static int entryCount(byte[] data) {
        try {
            return JarArchive.read(data).size();
        } catch (JarFormatException e) {
            throw new AssertionError("an undamaged corpus jar is unreadable", e);
        }
    }
}
