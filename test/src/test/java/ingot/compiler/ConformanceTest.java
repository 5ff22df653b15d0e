package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import ingot.compiler.ConformancePrograms.Program;
import ingot.translator.BadInputException;
import ingot.translator.build.BuildError;
import ingot.translator.build.ImageBuilder;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.LiveOutput;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite (test/programs/conformance): ONE image of all its programs (a jar of them,
 * built as `ingot image --aot` does) boots under QEMU TCG once per program with that program's
 * Java command line; stdout, stderr and the exit status must equal what {@code java -cp} prints and
 * returns on the HotSpot running this test. A program listed in KNOWN_FAILURES must differ (or, when
 * listed as not building, must still fail to build alone), so the list stays honest. Also checked
 * on the same image: a main class the image lacks is reported as HotSpot reports it, an empty
 * command line runs the default main class, and a subset runs as Xen PVH and PV domUs and as the
 * PVH dom0 (Xen 4.17 under QEMU TCG) with HotSpot's output.
 */
class ConformanceTest {
    /** Programs also booted on Xen (stdout only: Xen's console is one stream). */
    private static final List<String> XEN_SUBSET = List.of("Switches", "InterfaceDispatch", "Formatting", "Records");
    private static final Duration XEN_TIMEOUT = Duration.ofSeconds(300);
    private static final String DEFAULT_MAIN = "conformance.Branches";

    /** What one run printed and returned. */
    private record Outcome(String stdout, String stderr, OptionalInt status) {
        static Outcome of(GuestRun run) {
            return new Outcome(run.stdout(), run.stderr(), run.status());
        }

        /** The first differing lines of each stream and the statuses; null when the runs agree. */
        String differenceFrom(Outcome hotspot) {
            List<String> out = new ArrayList<>();
            String stdoutDiff = ConformancePrograms.firstDifference("stdout", hotspot.stdout, stdout);
            String stderrDiff = ConformancePrograms.firstDifference("stderr", hotspot.stderr, stderr);
            if (stdoutDiff != null) {
                out.add(stdoutDiff);
            }
            if (stderrDiff != null) {
                out.add(stderrDiff);
            }
            if (!status.equals(hotspot.status)) {
                out.add("status: HotSpot " + hotspot.status + " Ingot " + status);
            }
            return out.isEmpty() ? null : String.join("; ", out);
        }
    }

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> programsRunAsOnHotSpot() throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        Path folder = harness.rig().home().root().resolve(ConformancePrograms.FOLDER);
        List<Program> programs = ConformancePrograms.read(folder);
        Map<String, String> known = ConformancePrograms.knownFailures(folder.resolve("KNOWN_FAILURES"));
        for (String name : known.keySet()) {
            assertTrue(programs.stream().anyMatch(p -> p.name().equals(name)), "KNOWN_FAILURES lists " + name + ", no program");
        }
        assertTrue(!known.containsKey(DEFAULT_MAIN.substring("conformance.".length())), "the default main must pass");
        Path classes = harness.compile("conformance", null);
        List<Program> inImage = new ArrayList<>();
        List<Program> unbuildable = new ArrayList<>();
        for (Program p : programs) {
            (isUnbuildable(known.get(p.name())) ? unbuildable : inImage).add(p);
        }
        Path jar = ConformancePrograms.jar(classes, inImage, dir.resolve("conformance.jar"));
        long start = System.nanoTime();
        Path image = new ImageBuilder(harness.rig().home(), System.out).build(List.of(jar), DEFAULT_MAIN, dir.resolve("conformance.elf"));
        System.out.println("conformance image built in " + (System.nanoTime() - start) / 1_000_000 + " ms");

        ExecutorService hotspotRuns = Executors.newSingleThreadExecutor();
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Future<Outcome>> onHotSpot = new LinkedHashMap<>();
        for (Program p : inImage) {
            Future<Outcome> hotspot = hotspotRuns.submit(() -> hotspot(classes, p.commandLine()));
            onHotSpot.put(p.name(), hotspot);
            tests.add(dynamicTest(p.name(), () -> compare(p.name(), known.get(p.name()), hotspot.get(),
                    Outcome.of(harness.bootImage(image, "-cp conformance.jar " + p.commandLine())))));
        }
        tests.add(dynamicTest("a subset on Xen: PVH and PV domUs, PVH dom0", () -> onXen(harness, image, inImage, onHotSpot)));
        Future<Outcome> missing = hotspotRuns.submit(() -> hotspot(classes, "conformance.NoSuchProgram"));
        tests.add(dynamicTest("a main class the image lacks", () -> compare("NoSuchProgram", null, missing.get(),
                Outcome.of(harness.bootImage(image, "-cp conformance.jar conformance/NoSuchProgram")))));
        Future<Outcome> byDefault = hotspotRuns.submit(() -> hotspot(classes, DEFAULT_MAIN));
        tests.add(dynamicTest("no main class: the default", () -> compare(DEFAULT_MAIN, null, byDefault.get(),
                Outcome.of(harness.bootImage(image, "")))));
        hotspotRuns.shutdown();
        for (Program p : unbuildable) {
            tests.add(dynamicTest(p.name() + " (does not build)", () -> stillDoesNotBuild(harness, classes, p, known.get(p.name()))));
        }
        return tests;
    }

    /**
     * The same image as Xen guests: each program of {@link #XEN_SUBSET} as a PVH and a PV domU
     * (one Xen session), the first also as the PVH dom0. Xen's console is one stream, so the
     * subset is programs that write stdout only; the console must be HotSpot's stdout.
     */
    private static void onXen(ImageHarness harness, Path image, List<Program> programs, Map<String, Future<Outcome>> onHotSpot)
            throws Exception {
        List<BootRequest> requests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : XEN_SUBSET) {
            Program p = programs.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
            assertEquals("", onHotSpot.get(name).get().stderr(), name + " must write stdout only to be in the Xen subset");
            for (boolean pv : new boolean[] {false, true}) {
                requests.add(BootRequest.of(image).withCommandLine("-cp conformance.jar " + p.commandLine())
                        .onXenDomu(pv).withTimeout(XEN_TIMEOUT));
                names.add(name + (pv ? " (PV domU)" : " (PVH domU)"));
            }
        }
        List<GuestRun> runs = new ArrayList<>(harness.rig().bootXenDomus(requests, LiveOutput.none()));
        Program first = programs.stream().filter(q -> q.name().equals(XEN_SUBSET.get(0))).findFirst().orElseThrow();
        runs.add(harness.rig().boot(BootRequest.of(image).withCommandLine("-cp conformance.jar " + first.commandLine())
                .onXen().withTimeout(XEN_TIMEOUT)));
        names.add(first.name() + " (PVH dom0)");
        for (int i = 0; i < runs.size(); i++) {
            String name = names.get(i);
            Outcome hotspot = onHotSpot.get(name.substring(0, name.indexOf(' '))).get();
            GuestRun run = runs.get(i);
            assertEquals(hotspot.stdout(), run.stdout(), name + ": " + run.describe());
            assertEquals(hotspot.status(), run.status(), name + ": " + run.describe());
        }
        System.out.println("Xen subset: " + names.size() + " runs agree with HotSpot: " + String.join(", ", names));
    }

    private static boolean isUnbuildable(String reason) {
        return reason != null && reason.startsWith(ConformancePrograms.DOES_NOT_BUILD);
    }

    /** `java -cp classes COMMAND-LINE` on the HotSpot running the tests. */
    private Outcome hotspot(Path classes, String commandLine) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString()));
        command.addAll(List.of(commandLine.split(" ")));
        Path out = Files.createTempFile(dir, "hotspot", ".out");
        Path err = Files.createTempFile(dir, "hotspot", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // the image's default locale is "en" with UTF-8 output: what HotSpot reports under LANG=C.UTF-8
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANGUAGE"));
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("HotSpot did not finish " + commandLine + " in 60 s");
        }
        return new Outcome(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                OptionalInt.of(process.exitValue()));
    }

    /** Equal runs pass unless the program is a known failure; differing runs fail unless it is one. */
    private static void compare(String name, String knownReason, Outcome hotspot, Outcome ingot) {
        String difference = ingot.differenceFrom(hotspot);
        if (knownReason == null) {
            assertEquals(hotspot, ingot, name + ": " + difference);
        } else if (difference == null) {
            fail(name + " runs as on HotSpot now: remove it from KNOWN_FAILURES (" + knownReason + ")");
        } else {
            System.out.println("known failure " + name + " (" + knownReason + "): " + difference);
        }
    }

    private void stillDoesNotBuild(ImageHarness harness, Path classes, Program p, String reason) throws Exception {
        Path jar = ConformancePrograms.jar(classes, List.of(p), dir.resolve(p.name() + ".jar"));
        try {
            new ImageBuilder(harness.rig().home(), new PrintStream(OutputStream.nullOutputStream()))
                    .build(List.of(jar), null, dir.resolve(p.name() + ".elf"));
        } catch (BuildError | BadInputException e) {
            System.out.println("known failure " + p.name() + " (" + reason + "): " + e.getMessage());
            return;
        }
        fail(p.name() + " builds now: drop '" + ConformancePrograms.DOES_NOT_BUILD + "' from its KNOWN_FAILURES line");
    }
}
