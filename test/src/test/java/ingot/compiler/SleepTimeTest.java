package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.LiveOutput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time on bare metal (docs/ARCHITECTURE.md, "Time and idle"): test/programs/time/SleepTime runs
 * on HotSpot, on QEMU TCG, and as a PVH and a PV domU of the Xen rig (one dom0 boot for both). Its
 * output must match HotSpot's once the two lines that differ per run are taken out — the guest's
 * nanoTime across Thread.sleep(1000) (the program checks 1 s ± 5% itself) and its
 * currentTimeMillis, which must lie within the host's clock around the run (less two seconds: the
 * CMOS clock counts whole seconds). The host also times the sleep from outside, by when the lines
 * before and after it arrive, so a clock that runs fast or slow on every reading cannot pass (the
 * program sleeps half a second before, since a Xen domU's first console line arrives late).
 */
class SleepTimeTest {
    private static final String MAIN = "SleepTime";
    private static final String BEFORE_SLEEP = "sleeping 1000 ms\n";
    private static final String AFTER_SLEEP = "nanoTime across Thread.sleep(1000)";
    private static final Pattern ELAPSED = Pattern.compile("(?m)^elapsed ns: (\\d+)\n");
    private static final Pattern WALL = Pattern.compile("(?m)^currentTimeMillis: (\\d+)\n");
    private static final long RTC_RESOLUTION_MS = 2000;
    /** The host's view of the one-second sleep: at most 5% short; latency may add to it. */
    private static final long HOST_MIN_MS = 950;
    private static final long HOST_MAX_MS = 1250;
    private static final Duration GUEST_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static ImageHarness harness;
    private static Path image;
    private static String hotspot;

    @BeforeAll
    static void compileRunOnHotSpotAndBuildTheImage() throws Exception {
        harness = new ImageHarness(dir);
        Path classes = harness.compile("time", null);
        long start = System.currentTimeMillis();
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), MAIN).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), out);
        hotspot = checkedOutput("HotSpot", out, start, System.currentTimeMillis());
        image = harness.buildMain("sleep-time", ImageHarness.readClasses(classes), MAIN);
    }

    @Test
    void onQemuTcg() {
        ArrivalTimes arrivals = new ArrivalTimes();
        long start = System.currentTimeMillis();
        GuestRun run = harness.rig().boot(BootRequest.of(image).withAccel(Accel.TCG).withCommandLine(MAIN)
                .withTimeout(GUEST_TIMEOUT), new LiveOutput(arrivals, null, null, null));
        assertRun("QEMU TCG", run, start, System.currentTimeMillis(), arrivals, 0);
    }

    @Test
    void asXenPvhAndPvDomus() {
        ArrivalTimes arrivals = new ArrivalTimes();
        long start = System.currentTimeMillis();
        List<GuestRun> runs = harness.rig().bootXenDomus(List.of(domu(false), domu(true)),
                new LiveOutput(arrivals, null, null, null));
        long end = System.currentTimeMillis();
        List<Runnable> checks = List.of(() -> assertRun("Xen PVH domU", runs.get(0), start, end, arrivals, 0),
                () -> assertRun("Xen PV domU", runs.get(1), start, end, arrivals, 1));
        assertAll(checks.stream().map(check -> check::run));
    }

    private static BootRequest domu(boolean pv) {
        return BootRequest.of(image).withCommandLine(MAIN).onXenDomu(pv).withTimeout(GUEST_TIMEOUT);
    }

    private static void assertRun(String platform, GuestRun run, long start, long end, ArrivalTimes arrivals,
                                  int guest) {
        assertEquals(OptionalInt.of(0), run.status(), run.describe());
        assertEquals(hotspot, checkedOutput(platform, run.stdout(), start, end), run.describe());
        long hostNanos = arrivals.between(BEFORE_SLEEP, AFTER_SLEEP, guest);
        long guestNanos = number(ELAPSED, run.stdout());
        System.out.println(platform + ": Thread.sleep(1000) took " + guestNanos + " ns by nanoTime, "
                + hostNanos / 1000 + " us as the host saw the lines arrive");
        assertTrue(hostNanos >= HOST_MIN_MS * 1_000_000 && hostNanos <= HOST_MAX_MS * 1_000_000,
                platform + ": the host saw the sleep take " + hostNanos + " ns\n" + run.describe());
    }

    /**
     * The output without its two per-run lines, after checking the wall clock lies in
     * [start - RTC resolution, end] and the elapsed line is there.
     */
    private static String checkedOutput(String platform, String out, long start, long end) {
        long wall = number(WALL, out);
        assertTrue(wall >= start - RTC_RESOLUTION_MS && wall <= end,
                platform + ": currentTimeMillis " + wall + " outside the host's [" + start + ", " + end + "]\n" + out);
        number(ELAPSED, out);
        return WALL.matcher(ELAPSED.matcher(out).replaceAll("")).replaceAll("");
    }

    private static long number(Pattern line, String out) {
        Matcher m = line.matcher(out);
        assertTrue(m.find(), line.pattern() + " in\n" + out);
        return Long.parseLong(m.group(1));
    }

    /** The guests' stdout as it arrives, with the host's System.nanoTime at each write. */
    private static final class ArrivalTimes extends OutputStream {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> ends = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            text.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            ends.add(text.length());
            times.add(System.nanoTime());
        }

        /** Host nanoseconds from the arrival of the end of {@code first} to that of {@code second}'s start, in the guest-th occurrence. */
        synchronized long between(String first, String second, int guest) {
            int a = occurrence(first, guest) + first.length();
            int b = occurrence(second, guest) + 1;
            return arrival(b) - arrival(a);
        }

        private int occurrence(String s, int n) {
            int at = -1;
            for (int i = 0; i <= n; i++) {
                at = text.indexOf(s, at + 1);
                assertTrue(at >= 0, "occurrence " + n + " of " + s.strip() + " in\n" + text);
            }
            return at;
        }

        /** The host time of the write that brought character {@code end - 1}. */
        private long arrival(int end) {
            for (int i = 0; i < ends.size(); i++) {
                if (ends.get(i) >= end) {
                    return times.get(i);
                }
            }
            throw new AssertionError("no write reached character " + end);
        }
    }
}
