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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every method of every JDK class is typed by {@link KindAnalysis}, and at every StackMapTable
 * frame javac wrote, our kinds agree: the stack exactly, each local the map names exactly.
 */
class KindAnalysisCorpusTest {
    @Test
    void agreesWithTheStackMapsOfTheJdk() throws Exception {
        int[] counts = new int[3]; // methods, frames compared, frames at unreachable code
        List<String> problems = new ArrayList<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> paths = Files.walk(jrt.getPath("/modules"))) {
            for (Path p : (Iterable<Path>) paths.filter(x -> x.toString().endsWith(".class"))::iterator) {
                ClassFile c = ClassFileReader.read(Files.readAllBytes(p));
                for (MethodInfo m : c.methods()) {
                    if (m.code() != null) {
                        check(c, m, counts, problems);
                    }
                }
            }
        }
        System.out.println("kind analysis: " + counts[0] + " JDK methods, " + counts[1] + " stack-map frames compared ("
                + counts[2] + " at unreachable code), " + problems.size() + " problems");
        assertTrue(counts[1] > 100_000, "expected many frames, saw " + counts[1]);
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
    }

    private static void check(ClassFile c, MethodInfo m, int[] counts, List<String> problems) {
        counts[0]++;
        KindFrames frames;
        try {
            frames = KindAnalysis.analyze(c, m);
        } catch (VerifyError e) {
            problems.add(e.getMessage());
            return;
        }
        if (m.code().stackMap() == null) {
            return;
        }
        for (Map.Entry<Integer, byte[][]> e : StackMapKinds.of(m).entrySet()) {
            int pc = e.getKey();
            String where = c.name() + "." + m.name() + m.descriptor() + " pc " + pc;
            if (!frames.isReachable(pc)) {
                counts[2]++; // a frame at dead code holds no values to compare
                continue;
            }
            counts[1]++;
            byte[] mapLocals = e.getValue()[0];
            byte[] mapStack = e.getValue()[1];
            if (!Arrays.equals(mapStack, frames.stackAt(pc))) {
                problems.add(where + ": stack " + Arrays.toString(frames.stackAt(pc)) + " vs map " + Arrays.toString(mapStack));
            }
            byte[] ours = frames.localsAt(pc);
            for (int i = 0; i < mapLocals.length; i++) {
                if (mapLocals[i] != Kind.TOP && mapLocals[i] != ours[i]) {
                    problems.add(where + ": local " + i + " is " + ours[i] + ", map says " + mapLocals[i]);
                    break;
                }
            }
        }
    }
}
