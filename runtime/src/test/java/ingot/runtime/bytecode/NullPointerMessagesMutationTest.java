package ingot.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Malformed code: the bytecode of real JDK methods with seeded byte changes (random values, opcodes
 * swapped for others, branch offsets and pool indices bent) must give messages or none — never an
 * exception — at every pc, instruction start or not.
 */
class NullPointerMessagesMutationTest {
    private static final long SEED = 0x4E5045L;
    private static final int METHODS = 3_000;
    private static final int MUTANTS_PER_METHOD = 10;

    @Test
    void mutatedCodeNeverThrows() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int[] counts = new int[2]; // mutants, analysed
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> paths = Files.walk(jrt.getPath("/modules/java.base/java/util"))) {
            for (Path p : (Iterable<Path>) paths.filter(x -> x.toString().endsWith(".class"))::iterator) {
                ClassFile c = ClassFileReader.read(Files.readAllBytes(p));
                for (MethodInfo m : c.methods()) {
                    if (m.code() != null && counts[0] < METHODS * MUTANTS_PER_METHOD) {
                        mutateAndAsk(c, m, random, counts, failures);
                    }
                }
            }
        }
        System.out.println("null-pointer messages on mutated code: " + counts[0] + " mutants, " + counts[1]
                + " still analysed, " + failures.size() + " exceptions");
        assertTrue(counts[0] > 10_000, "expected many mutants, made " + counts[0]);
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
    }

    /** Changes the method's code in place (the reader's copy), asks for every pc, then restores it. */
    private static void mutateAndAsk(ClassFile c, MethodInfo m, Random random, int[] counts, List<String> failures) {
        byte[] code = m.code().code();
        byte[] original = code.clone();
        for (int i = 0; i < MUTANTS_PER_METHOD; i++) {
            int changes = 1 + random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                code[random.nextInt(code.length)] = (byte) random.nextInt(256);
            }
            counts[0]++;
            try {
                NullPointerMessages messages = NullPointerMessages.of(c, m);
                counts[1] += messages.isAnalyzed() ? 1 : 0;
                for (int pc = -1; pc <= code.length; pc++) {
                    messages.at(pc);
                    messages.isNeverNull(pc);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(c.name() + "." + m.name() + m.descriptor() + " mutant " + i + ": " + e);
            }
            System.arraycopy(original, 0, code, 0, code.length);
        }
    }
}
