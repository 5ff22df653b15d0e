package ingot.runtime.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.jar.LocalRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class of the JDK's modules and of every jar in the local Maven repository parses, and our
 * reader agrees with ASM on members, descriptors, flags, instruction boundaries (so code lengths),
 * exception tables and annotations (type, visibility, element names and values).
 */
class ClassFileCorpusTest {
    private static final int MAX_REPORTED = 10;

    @Test
    void everyJdkClassParsesAndAgreesWithAsm() {
        Tally tally = new Tally();
        CorpusClasses.forEachJdkClass(tally::check);
        System.out.println("class-file cross-check (JDK modules): " + tally.summary());
        assertTrue(tally.checked > 10_000, "expected the JDK's classes, saw " + tally.checked);
        assertTrue(tally.annotations > 10_000, "expected the JDK's annotations, saw " + tally.annotations);
        assertEquals(0, tally.problems.size(), String.join("\n", tally.problems));
    }

    @Test
    void everyMavenRepositoryClassParsesAndAgreesWithAsm() {
        Tally tally = new Tally();
        int jars = 0;
        for (Path jar : LocalRepository.jars()) {
            if (CorpusClasses.forEachClassInJar(jar, tally::check)) {
                jars++;
            }
        }
        System.out.println("class-file cross-check (" + jars + " Maven jars): " + tally.summary());
        assertTrue(tally.checked > 1_000, "expected the local Maven repository's classes, saw " + tally.checked);
        assertEquals(0, tally.problems.size(), String.join("\n", tally.problems));
    }

    /** Counts and compares; keeps the first few disagreements. */
    private static final class Tally {
        int checked;
        int newerThanSupported;
        int rejectedByBoth;
        long annotations;
        final List<String> problems = new ArrayList<>();

        void check(String name, byte[] bytes) {
            checked++;
            List<String> asm;
            try {
                asm = normalize(AsmView.of(bytes));
            } catch (RuntimeException asmFailed) {
                expectRejected(name, bytes, asmFailed);
                return;
            }
            int major = bytes.length >= 8 ? ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF) : 0;
            try {
                ClassFile ours = ClassFileReader.read(bytes);
                List<String> mine = normalize(OurView.of(ours));
                annotations += asm.stream().filter(line -> line.startsWith("annotation ")).count();
                if (!mine.equals(asm)) {
                    report(name + ": differs from ASM: " + firstDifference(mine, asm));
                }
            } catch (UnsupportedClassVersionError e) {
                if (major > ClassFileReader.MAX_MAJOR) {
                    newerThanSupported++;
                } else {
                    report(name + ": refused version " + major + ": " + e.getMessage());
                }
            } catch (ClassFormatError e) {
                report(name + ": ASM reads it, we refuse it: " + e.getMessage());
            }
        }

        private void expectRejected(String name, byte[] bytes, RuntimeException asmFailed) {
            try {
                ClassFileReader.read(bytes);
                report(name + ": ASM refuses it (" + asmFailed + ") but we accept it");
            } catch (ClassFormatError e) {
                rejectedByBoth++;
            }
        }

        private void report(String problem) {
            if (problems.size() < MAX_REPORTED) {
                problems.add(problem);
            } else if (problems.size() == MAX_REPORTED) {
                problems.add("...");
            }
        }

        String summary() {
            return checked + " classes, " + newerThanSupported + " newer than 61 refused as expected, "
                    + rejectedByBoth + " malformed (refused by both), " + annotations + " annotations compared, "
                    + problems.size() + " problems";
        }
    }

    /** Ties each method's lines to the method, numbers handlers, and sorts, so attribute order does not matter. */
    static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>();
        String method = "";
        int handler = 0;
        for (String line : lines) {
            if (line.startsWith("method ")) {
                method = line.substring(7, line.indexOf(' ', 7));
                handler = 0;
                out.add(line);
            } else if (line.startsWith("handler ")) {
                out.add(method + " handler#" + handler++ + line.substring(7));
            } else if (line.startsWith("code ") || line.startsWith("throws ")) {
                out.add(method + " " + line);
            } else {
                out.add(line);
            }
        }
        Collections.sort(out);
        return out;
    }

    private static String firstDifference(List<String> ours, List<String> asm) {
        for (int i = 0; i < Math.max(ours.size(), asm.size()); i++) {
            String a = i < ours.size() ? ours.get(i) : "<none>";
            String b = i < asm.size() ? asm.get(i) : "<none>";
            if (!a.equals(b)) {
                return "ours [" + a + "] asm [" + b + "]";
            }
        }
        return "?";
    }
}
