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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Robustness over real code: every method of the JDK's classes (through {@code jrt:}; all of
 * java.base, every {@value #SAMPLE_EVERY}th class of the other modules) is analysed,
 * and every instruction asked for its message, without an exception; every method is followed
 * (javac's code always is), and every null-checking instruction the analysis reached has a message.
 */
class NullPointerMessagesCorpusTest {
    private static final int SAMPLE_EVERY = 4;

    @Test
    void everyJdkMethodAndInstruction() throws Exception {
        long[] counts = new long[3]; // methods, null-checking instructions, messages with a cause
        List<String> problems = new ArrayList<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> paths = Files.walk(jrt.getPath("/modules"))) {
            int n = 0;
            for (Path p : (Iterable<Path>) paths.filter(x -> x.toString().endsWith(".class"))::iterator) {
                if (!p.startsWith("/modules/java.base/") && n++ % SAMPLE_EVERY != 0) {
                    continue;
                }
                ClassFile c = ClassFileReader.read(Files.readAllBytes(p));
                for (MethodInfo m : c.methods()) {
                    if (m.code() != null) {
                        check(c, m, counts, problems);
                    }
                }
            }
        }
        System.out.println("null-pointer messages over the JDK: " + counts[0] + " methods, " + counts[1]
                + " null-checking instructions, " + counts[2] + " with a cause, " + problems.size() + " problems");
        assertTrue(counts[1] > 500_000, "expected many instructions, saw " + counts[1]);
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
    }

    private static void check(ClassFile c, MethodInfo m, long[] counts, List<String> problems) {
        counts[0]++;
        String where = c.name() + "." + m.name() + m.descriptor();
        try {
            NullPointerMessages messages = NullPointerMessages.of(c, m);
            if (!messages.isAnalyzed()) {
                problems.add(where + ": not analysed");
                return;
            }
            byte[] code = m.code().code();
            for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
                String message = messages.at(pc);
                boolean checks = FailedAction.of(code, pc, c.pool()) != null;
                if (checks && message == null && messages.isReachable(pc)) {
                    problems.add(where + " pc " + pc + ": no message");
                }
                if (message != null) {
                    counts[1]++;
                    counts[2] += message.contains(" because ") ? 1 : 0;
                }
            }
        } catch (RuntimeException | Error e) {
            problems.add(where + ": " + e);
        }
    }
}
