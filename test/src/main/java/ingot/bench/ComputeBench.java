package ingot.bench;

import ingot.translator.build.ImageBuilder;
import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Rig;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/**
 * Compute-bound code compiled by Ingot against HotSpot in one run: test/programs/bench/Compute
 * (recursive fib(32); a 200×200 double matrix multiply) on Ingot under QEMU (KVM for fib, which
 * needs no SSE, unless /dev/kvm is PVM: its guests run compiled loops 50× slower than TCG; TCG
 * always) and on the host's HotSpot with -Xint, C1 only
 * (-XX:TieredStopAtLevel=1) and its default tiers. Each side's time is the median wall time of
 * a run doing the work REPS times minus the median of a run doing it 0 times (start-up and boot
 * cancel out), divided by the repetitions (REPS; 30 × REPS for HotSpot's compiling modes, whose
 * work would vanish in the noise of their start-up). Arguments: [runs per case, default 3] [REPS, default 3].
 */
public final class ComputeBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(600);
    private static final String[][] HOTSPOT_MODES = {{"-Xint"}, {"-XX:TieredStopAtLevel=1"}, {}};
    private static final String[] HOTSPOT_NAMES = {"HotSpot -Xint", "HotSpot C1", "HotSpot default"};
    /** The compiling modes repeat the work more, so that it stands out of the JVM's start-up noise. */
    private static final int[] HOTSPOT_REPS_FACTOR = {1, 30, 30};

    private ComputeBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Rig rig = Rig.local();
        Path dir = Files.createTempDirectory("ingot-compute-");
        Path image = image(rig, dir, "Compute");
        Path classes = dir.resolve("classes-Compute");
        for (String workload : new String[] {"fib", "matmul"}) {
            List<Accel> accels = new ArrayList<>(List.of(Accel.TCG));
            if (workload.equals("fib") && Accel.kvmOpens() && !Accel.isParavirtualKvm()) {
                accels.add(0, Accel.KVM); // no floating point; PVM runs compiled loops pathologically slowly
            }
            double[] hotspot = new double[HOTSPOT_MODES.length];
            for (int m = 0; m < HOTSPOT_MODES.length; m++) {
                int hotspotReps = reps * HOTSPOT_REPS_FACTOR[m];
                hotspot[m] = perRep(hotspotNanos(classes, HOTSPOT_MODES[m], workload, hotspotReps, runs),
                        hotspotNanos(classes, HOTSPOT_MODES[m], workload, 0, runs), hotspotReps);
            }
            for (Accel accel : accels) {
                double ingot = perRep(ingotNanos(rig, image, accel, workload, reps, runs),
                        ingotNanos(rig, image, accel, workload, 0, runs), reps);
                StringBuilder line = new StringBuilder(String.format("compute %s: Ingot (QEMU %s) %.1f ms", workload,
                        accel.qemuName(), ingot / 1e6));
                for (int m = 0; m < hotspot.length; m++) {
                    line.append(String.format(", %s %.1f ms (ratio %.2f)", HOTSPOT_NAMES[m], hotspot[m] / 1e6,
                            ingot / hotspot[m]));
                }
                System.out.println(line.append(", per repetition, median of ").append(runs).append(" runs"));
            }
        }
    }

    private static double perRep(long work, long startup, int reps) {
        return Math.max(0, work - startup) / (double) reps;
    }

    private static long ingotNanos(Rig rig, Path image, Accel accel, String workload, int reps, int runs) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            GuestRun run = rig.boot(BootRequest.of(image).withAccel(accel).withTimeout(TIMEOUT)
                    .withCommandLine("-cp app.jar Compute " + workload + " " + reps));
            if (!run.exited() || run.status().getAsInt() != 0) {
                throw new IllegalStateException("a benchmark boot failed: " + run.describe());
            }
            times[i] = run.wallNanos();
        }
        return median(times);
    }

    private static long hotspotNanos(Path classes, String[] flags, String workload, int reps, int runs) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(Arrays.asList(flags));
            command.addAll(List.of("-cp", classes.toString(), "Compute", workload, Integer.toString(reps)));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream ignored = OutputStream.nullOutputStream()) {
                p.getInputStream().transferTo(ignored);
            }
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("HotSpot failed: " + command);
            }
            times[i] = System.nanoTime() - start;
        }
        return median(times);
    }

    /** Compiles test/programs/bench/{@code name}.java into a jar and an image whose main class it is. */
    static Path image(Rig rig, Path dir, String name) throws Exception {
        Path classes = compile(rig, dir, name);
        Path jar = jar(classes, name, dir.resolve(name + ".jar"));
        return new ImageBuilder(rig.home(), System.err).build(List.of(jar), name, dir.resolve(name + ".elf"));
    }

    private static Path compile(Rig rig, Path dir, String name) {
        Path out = dir.resolve("classes-" + name);
        Path source = rig.home().root().resolve("test/programs/bench/" + name + ".java");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", out.toString(),
                source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        return out;
    }

    private static Path jar(Path classes, String name, Path jar) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(name + ".class"));
            out.write(Files.readAllBytes(classes.resolve(name + ".class")));
            out.closeEntry();
        }
        return jar;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
