package ingot.translator;

import ingot.translator.image.ImageException;
import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.DomainReport;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Host;
import ingot.translator.rig.LiveOutput;
import ingot.translator.rig.Machine;
import ingot.translator.rig.ProjectHome;
import ingot.translator.rig.Rig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingot run}: boots an image in QEMU, or in Xen under QEMU (as dom0, or as a domU that
 * xl creates in a Linux dom0), with the guest's console on stdout (and COM2 on stderr when
 * booted directly), and exits with the guest's status (status & 0xFF). Exits 124 when the
 * timeout ran out and 125 when the guest stopped without a status.
 */
@Command(name = "run",
        description = "Boot an image in QEMU (or Xen under QEMU) and exit with the guest's status.",
        mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    static final int STATUS_TIMED_OUT = 124;
    static final int STATUS_NO_GUEST_STATUS = 125;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--accel", paramLabel = "kvm|tcg",
            description = "KVM or TCG (default: KVM when /dev/kvm opens, else TCG).")
    String accel;

    @Option(names = "--machine", paramLabel = "microvm|q35", defaultValue = "microvm",
            description = "QEMU machine (default: ${DEFAULT-VALUE}; q35 under --xen).")
    String machine;

    @Option(names = "--xen", description = "Boot Xen 4.17 under QEMU TCG with the image as a PVH dom0.")
    boolean xen;

    @Option(names = "--xen-domu", description = "Boot Xen 4.17 and a Linux dom0 under QEMU TCG; dom0's xl creates"
            + " the image as a PVH domU (its console on stdout). The first run builds test/cache/xen-domu.")
    boolean xenDomu;

    @Option(names = "--pv", description = "With --xen-domu: a PV domU instead of PVH.")
    boolean pv;

    @Option(names = "--memory", paramLabel = "MB",
            description = "Guest memory (dom0's under --xen, the domU's under --xen-domu); default 128,"
                    + " or 64 under Xen.")
    int memoryMb;

    @Option(names = "--module", paramLabel = "FILE", description = "Module 0 (the jar), as -initrd.")
    Path module;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
            description = "Kill QEMU after S seconds (default: ${DEFAULT-VALUE}); under --xen-domu, destroy the"
                    + " domU S seconds after xl create.")
    int timeoutSeconds;

    @Option(names = "--verbose", description = "Show the QEMU command and Xen's log on stderr.")
    boolean verbose;

    @Option(names = "--aot", paramLabel = "JAR",
            description = "Build (or reuse) an image with these jars compiled in and run its Main-Class.")
    List<Path> aot = new ArrayList<>();

    @Option(names = "--main", paramLabel = "CLASS", description = "With --aot: the default main class"
            + " (default: Main-Class); the command line after -- may name another.")
    String mainClass;

    @Parameters(paramLabel = "IMAGE -- COMMAND LINE",
            description = "The image (default: the one make builds), then after -- the boot command line.")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws BadInputException, ImageException {
        BootRequest request = request();
        PrintStream err = System.err;
        err.println("ingot run: " + describe(request));
        LiveOutput live = new LiveOutput(System.out, err, verbose ? err : null, err);
        GuestRun run = new Rig(home()).boot(request, live);
        System.out.flush();
        if (verbose && run.domain() != null) {
            err.println("ingot run: " + run.domain().summary() + "; QEMU ran " + run.wallMillis() + " ms");
        }
        return switch (run.outcome()) {
            case EXITED -> run.processStatus();
            case TIMED_OUT -> {
                err.println(run.domain() != null && run.domain().timedOut()
                        ? "error: the domU did not stop within " + timeoutSeconds + " s of xl create; dom0 destroyed it"
                        : "error: the guest did not stop within " + timeoutSeconds + " s; QEMU was killed");
                yield STATUS_TIMED_OUT;
            }
            case NO_STATUS -> {
                err.println("error: the guest stopped without an exit status (" + whyNoStatus(run) + ")");
                yield STATUS_NO_GUEST_STATUS;
            }
        };
    }

    private static String whyNoStatus(GuestRun run) {
        if (run.domain() == null) {
            return "QEMU status " + run.qemuStatus() + "; a triple fault or reset?";
        }
        DomainReport domain = run.domain();
        if (!domain.errors().isEmpty()) {
            return String.join("; ", domain.errors());
        }
        return domain.shutdownReason().isEmpty() ? "xl logged no shutdown reason"
                : "xl: shutdown reason " + domain.shutdownReason();
    }

    private ProjectHome home;

    private ProjectHome home() {
        if (home == null) {
            home = ProjectHome.locate();
        }
        return home;
    }

    private BootRequest request() throws BadInputException, ImageException {
        if (timeoutSeconds <= 0) {
            throw usage("--timeout must be positive");
        }
        if (memoryMb < 0) {
            throw usage("--memory must be positive");
        }
        if (xen && xenDomu) {
            throw usage("--xen boots the image as dom0, --xen-domu as a domU: choose one");
        }
        if (pv && !xenDomu) {
            throw usage("--pv goes with --xen-domu");
        }

        List<String> commandLine = DashWords.after(spec, words);
        List<String> head = words.subList(0, words.size() - commandLine.size());
        if (head.size() > 1) {
            throw usage("one IMAGE at most; put the boot command line after --");
        }
        if (!aot.isEmpty() && !head.isEmpty()) {
            throw usage("give an IMAGE or --aot JAR, not both");
        }
        Path image = !aot.isEmpty() ? AotImages.imageFor(home(), aot, mainClass)
                : head.isEmpty() ? home().builtImage() : Path.of(head.get(0));
        BootRequest request = BootRequest.of(image)
                .withMachine(Machine.named(machine))
                .withMemoryMb(memoryMb)
                .withModule(module)
                .withCommandLine(String.join(" ", commandLine))
                .withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withVerbose(verbose);
        if (accel != null) {
            request = request.withAccel(Accel.named(accel));
        } else if (!aot.isEmpty() && Accel.isParavirtualKvm()) {
            request = request.withAccel(Accel.TCG); // PVM stops guests at their first SSE instruction
        }
        if (xenDomu) {
            return request.onXenDomu(pv);
        }
        return xen ? request.onXen() : request;
    }

    private String describe(BootRequest request) {
        Accel chosen = Rig.accelFor(request);
        String how = !aot.isEmpty() && accel == null && Accel.isParavirtualKvm()
                ? " (this /dev/kvm is PVM, which cannot run compiled Java's SSE code)"
                : request.accel() != null || request.xen() ? "" : chosen == Accel.KVM
                ? " (/dev/kvm opens)" : " (/dev/kvm does not open)";
        String where = switch (request.host()) {
            case QEMU -> "QEMU " + chosen.qemuName() + how + ", " + request.machine().qemuName();
            case XEN_DOM0 -> "Xen 4.17, image as PVH dom0, under QEMU " + chosen.qemuName() + ", q35";
            case XEN_DOMU_PVH, XEN_DOMU_PV -> "Xen 4.17 and a Linux dom0 under QEMU " + chosen.qemuName()
                    + ", q35, image as " + (request.host() == Host.XEN_DOMU_PV ? "PV" : "PVH") + " domU by xl create";
        };
        return where + ", " + request.effectiveMemoryMb() + " MB, " + request.image();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
