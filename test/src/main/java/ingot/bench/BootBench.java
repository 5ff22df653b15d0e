package ingot.bench;

import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Rig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boot time of the image against an empty PVH kernel (one line on COM1, then isa-debug-exit)
 * booted by the same rig command: the wall time from QEMU's start to its exit (no JVM start
 * in it), median of several runs, on KVM (when /dev/kvm opens) and TCG microvm, and the
 * image alone on Xen. A timing build of the image also reports, in TSC cycles, the shim's
 * boot (PVH entry to ingot_java_main) and the placeholder's output; and a hello-world Java
 * program compiled into an image (test/programs/bench/HelloWorld) against the same empty kernel.
 * Arguments: [runs per QEMU case, default 11] [Xen runs, default 3].
 */
public final class BootBench {
    private static final Pattern CYCLES = Pattern.compile("cycles: boot (\\d+), banner (\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private BootBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        int xenRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Rig rig = Rig.local();
        Path dir = Files.createTempDirectory("ingot-bench-");
        Path image = rig.home().builtImage();
        Path empty = Nasm.assemble("empty-pvh.asm", dir, null);
        Path timing = Nasm.assemble("timing-main.asm", dir, rig.home().root().resolve("boot"));
        System.out.println("image: " + image + ", " + Files.size(image) + " bytes");
        List<Accel> accels = Accel.kvmOpens() ? List.of(Accel.KVM, Accel.TCG) : List.of(Accel.TCG);
        Path hello = ComputeBench.image(rig, dir, "HelloWorld");
        for (Accel accel : accels) {
            compare(rig, accel, image, empty, runs);
            compareJava(rig, accel, hello, empty, runs);
            cycles(rig, accel, timing, runs);
        }
        long[] xen = new long[xenRuns];
        for (int i = 0; i < xenRuns; i++) {
            xen[i] = wall(rig.boot(BootRequest.of(image).onXen().withTimeout(TIMEOUT)));
        }
        System.out.printf("boot xen (PVH dom0, QEMU tcg q35): ingot image median %.1f ms over %d runs%n",
                median(xen) / 1e6, xenRuns);
    }

    /** The image and the empty kernel, alternately, on {@code accel} microvm. */
    private static void compare(Rig rig, Accel accel, Path image, Path empty, int runs) {
        long[] ingot = new long[runs];
        long[] reference = new long[runs];
        for (int i = 0; i < runs; i++) {
            ingot[i] = wall(rig.boot(BootRequest.of(image).withAccel(accel).withTimeout(TIMEOUT)));
            reference[i] = wall(rig.boot(BootRequest.of(empty).withAccel(accel).withTimeout(TIMEOUT)));
        }
        double ingotMs = median(ingot) / 1e6;
        double referenceMs = median(reference) / 1e6;
        System.out.printf("boot %s microvm: ingot image median %.1f ms, empty PVH kernel median %.1f ms"
                        + " (reference), difference %+.1f ms, ratio %.2f, %d runs each%n",
                accel.qemuName(), ingotMs, referenceMs, ingotMs - referenceMs, ingotMs / referenceMs, runs);
    }

    /** The hello-world Java image (test/programs/bench/HelloWorld) and the empty kernel, alternately. */
    private static void compareJava(Rig rig, Accel accel, Path hello, Path empty, int runs) {
        long[] java = new long[runs];
        long[] reference = new long[runs];
        for (int i = 0; i < runs; i++) {
            java[i] = wall(rig.boot(BootRequest.of(hello).withAccel(accel).withTimeout(TIMEOUT)
                    .withCommandLine("-cp app.jar HelloWorld")));
            reference[i] = wall(rig.boot(BootRequest.of(empty).withAccel(accel).withTimeout(TIMEOUT)));
        }
        double javaMs = median(java) / 1e6;
        double referenceMs = median(reference) / 1e6;
        System.out.printf("hello world %s microvm: Java image median %.1f ms, empty PVH kernel median %.1f ms"
                        + " (reference), difference %+.1f ms, %d runs each%n",
                accel.qemuName(), javaMs, referenceMs, javaMs - referenceMs, runs);
    }

    /** In-guest cycles of the shim's boot and of the placeholder's output. */
    private static void cycles(Rig rig, Accel accel, Path timing, int runs) {
        long[] boot = new long[runs];
        long[] banner = new long[runs];
        for (int i = 0; i < runs; i++) {
            GuestRun run = rig.boot(BootRequest.of(timing).withAccel(accel).withTimeout(TIMEOUT));
            Matcher matcher = CYCLES.matcher(run.stdout());
            if (!run.exited() || !matcher.find()) {
                throw new IllegalStateException("the timing image failed: " + run.describe());
            }
            boot[i] = Long.parseLong(matcher.group(1));
            banner[i] = Long.parseLong(matcher.group(2));
        }
        double mhz = hostMegahertz();
        System.out.printf("cycles %s microvm: shim boot (PVH entry to ingot_java_main) median %d"
                        + " (%.2f ms), banner and boot information median %d (%.2f ms) at %.0f MHz%n",
                accel.qemuName(), median(boot), median(boot) / mhz / 1e3, median(banner),
                median(banner) / mhz / 1e3, mhz);
    }

    private static long wall(GuestRun run) {
        if (!run.exited() || run.status().getAsInt() != 0) {
            throw new IllegalStateException("a benchmark boot failed: " + run.describe());
        }
        return run.wallNanos();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The host's TSC rate from /proc/cpuinfo's "cpu MHz" (the guest's TSC ticks at it). */
    private static double hostMegahertz() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("cpu MHz")) {
                    return Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return Double.NaN;
    }
}
