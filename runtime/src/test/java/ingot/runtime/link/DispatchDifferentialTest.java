package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our vtables and itables select what HotSpot runs (see {@link DispatchOracle}). */
class DispatchDifferentialTest {
    private static final long HIERARCHIES = 1500;

    @TempDir
    Path crashLogs;

    /**
     * Seeded random hierarchies, run in child JVMs: when HotSpot crashes on one (HotSpot 17 has
     * vtable-sizing bugs on such inputs), that seed is counted and the run goes on after it.
     */
    @Test
    void randomHierarchiesDispatchLikeHotSpot() throws Exception {
        DispatchOracle.Tally tally = new DispatchOracle.Tally();
        List<Long> crashed = new ArrayList<>();
        long next = 1;
        while (next <= HIERARCHIES) {
            long started = runChild(next, HIERARCHIES, tally);
            if (started < 0) {
                break;
            }
            tally.hotSpotCrashes++;
            crashed.add(started);
            next = started + 1;
        }
        System.out.println("dispatch, " + HIERARCHIES + " random hierarchies: " + tally + "; HotSpot crashed on seeds "
            + crashed);
        assertTrue(tally.tableSites > 15_000, "too few call sites through our tables: " + tally);
        assertTrue(tally.hotSpotCrashes < HIERARCHIES / 50, "HotSpot crashed too often: " + tally);
        assertEquals(List.of(), tally.mismatches.subList(0, Math.min(25, tally.mismatches.size())));
    }

    /** Runs seeds from..to in a child JVM; returns -1 when all finished, else the seed it died on. */
    private long runChild(long from, long to, DispatchOracle.Tally tally) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:ErrorFile=" + crashLogs.resolve("hs_err_%p.log"), "-XX:-CreateCoredumpOnCrash", "-Xshare:auto",
            "-cp", System.getProperty("java.class.path"), DispatchChild.class.getName(), Long.toString(from),
            Long.toString(to)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long started = -1;
        long finished = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (f[0].equals("start")) {
                    started = Long.parseLong(f[1]);
                } else if (f[0].equals("mismatch")) {
                    tally.mismatches.add(line.substring("mismatch ".length()));
                } else if (f[0].equals("done")) {
                    finished = Long.parseLong(f[1]);
                    tally.classes += Integer.parseInt(f[2]);
                    tally.sites += Integer.parseInt(f[3]);
                    tally.errorsExpected += Integer.parseInt(f[4]);
                    tally.tableSites += Integer.parseInt(f[5]);
                    tally.conflictAsAbstract += Integer.parseInt(f[6]);
                    tally.privateHidesDefault += Integer.parseInt(f[7]);
                } else if (!line.startsWith("#")) { // HotSpot's crash banner starts with #
                    tally.mismatches.add("child said: " + line);
                }
            }
        }
        int status = child.waitFor();
        if (status == 0 && finished == to) {
            return -1;
        }
        if (started < 0 || started == finished || !crashLogWritten()) {
            throw new AssertionError("child JVM failed (status " + status + ") after seed " + finished);
        }
        return started;
    }

    /** Whether HotSpot left a crash log (then removed, so that each crash needs its own). */
    private boolean crashLogWritten() throws IOException {
        boolean found = false;
        try (var files = Files.list(crashLogs)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                found |= p.getFileName().toString().startsWith("hs_err_");
                Files.delete(p);
            }
        }
        return found;
    }
}
