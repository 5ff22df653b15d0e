package ingot.runtime.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded mutations of real class files — bit flips, truncations, forged lengths, counts and
 * indices, inserted and deleted bytes — must give a {@link ClassFormatError} (or parse): no other
 * exception, no runaway loop (the timeout), no allocation beyond the input (an OutOfMemoryError
 * would be caught as "other").
 */
class ClassFileMutationTest {
    private static final long SEED = 0x1A7E57L;
    private static final int CASES = 40_000;
    private static final int SAMPLE_EVERY = 60;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void mutatedClassFilesGiveOnlyClassFormatErrors() {
        List<byte[]> originals = sample();
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        int parsed = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] mutant = mutator.mutate(original);
            try {
                ClassFileReader.read(mutant);
                parsed++;
            } catch (ClassFormatError expected) {
                refused++;
                assertTrue(expected.getMessage() != null && expected.getMessage().contains(": byte "),
                        "message lacks the offset: " + expected.getMessage());
            } catch (Throwable other) {
                if (failures.size() < 10) {
                    failures.add("case " + i + " (seed " + SEED + ", " + mutator.lastMutation + "): " + other);
                }
            }
        }
        System.out.println("class-file mutation: " + CASES + " cases over " + originals.size() + " classes, "
                + refused + " refused with ClassFormatError, " + parsed + " still parsed, " + failures.size()
                + " other errors");
        assertEquals(List.of(), failures);
        assertTrue(refused > CASES / 2, "most mutants should be refused; refused " + refused);
    }

    private static List<byte[]> sample() {
        List<byte[]> out = new ArrayList<>();
        int[] n = {0};
        CorpusClasses.forEachJdkClass((name, bytes) -> {
            if (n[0]++ % SAMPLE_EVERY == 0) {
                out.add(bytes);
            }
        });
        return out;
    }

    /** Applies one random mutation of a random kind; remembers which, for the report. */
    static final class Mutator {
        private final Random random;
        String lastMutation = "";

        Mutator(Random random) {
            this.random = random;
        }

        byte[] mutate(byte[] original) {
            byte[] b = original.clone();
            switch (random.nextInt(7)) {
                case 0: return flipBits(b);
                case 1: return truncate(b);
                case 2: return forge(b, 2);
                case 3: return forge(b, 4);
                case 4: return insert(b);
                case 5: return delete(b);
                default: return forgeNearStart(b);
            }
        }

        private byte[] flipBits(byte[] b) {
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                int at = random.nextInt(b.length);
                b[at] ^= (byte) (1 << random.nextInt(8));
            }
            lastMutation = flips + " bit flips";
            return b;
        }

        private byte[] truncate(byte[] b) {
            int length = random.nextInt(b.length);
            lastMutation = "truncated to " + length;
            return java.util.Arrays.copyOf(b, length);
        }

        /** Overwrites a u2 or u4 at a random offset with an edge value: a forged length, count or index. */
        private byte[] forge(byte[] b, int width) {
            int at = random.nextInt(Math.max(1, b.length - width));
            long value = edgeValue(width);
            write(b, at, width, value);
            lastMutation = "u" + width + " at " + at + " = " + value;
            return b;
        }

        /** Forges within the header and the start of the pool, where counts and indices sit densely. */
        private byte[] forgeNearStart(byte[] b) {
            int at = 4 + random.nextInt(Math.min(60, b.length - 6));
            long value = edgeValue(2);
            write(b, at, 2, value);
            lastMutation = "u2 near start at " + at + " = " + value;
            return b;
        }

        private long edgeValue(int width) {
            long max = width == 2 ? 0xFFFF : 0xFFFFFFFFL;
            long[] edges = {0, 1, 2, max, max - 1, max / 2, max / 2 + 1, random.nextInt(64)};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() & max;
        }

        private byte[] insert(byte[] b) {
            int at = random.nextInt(b.length + 1);
            int n = 1 + random.nextInt(8);
            byte[] out = new byte[b.length + n];
            System.arraycopy(b, 0, out, 0, at);
            for (int i = 0; i < n; i++) {
                out[at + i] = (byte) random.nextInt(256);
            }
            System.arraycopy(b, at, out, at + n, b.length - at);
            lastMutation = n + " bytes inserted at " + at;
            return out;
        }

        private byte[] delete(byte[] b) {
            int at = random.nextInt(b.length);
            int n = Math.min(1 + random.nextInt(8), b.length - at);
            byte[] out = new byte[b.length - n];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(b, at + n, out, at, b.length - at - n);
            lastMutation = n + " bytes deleted at " + at;
            return out;
        }

        private static void write(byte[] b, int at, int width, long value) {
            for (int i = 0; i < width; i++) {
                b[at + i] = (byte) (value >>> (8 * (width - 1 - i)));
            }
        }
    }
}
