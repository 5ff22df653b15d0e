package ingot.translator.rig;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Boots an image and reports what it did. Direct boots run the image in QEMU (KVM when
 * /dev/kvm opens, else TCG); Xen boots run Xen 4.17 in QEMU TCG with the image as a PVH
 * dom0, or as a domU created by xl in a Linux dom0 ({@link XenDomuBoot}). The guest's
 * status comes from the shim's exit line (port 0xE9 into a file, Xen's console, or the
 * domU's console), else from QEMU's isa-debug-exit status.
 */
public final class Rig {
    private final ProjectHome home;

    public Rig(ProjectHome home) {
        this.home = home;
    }

    /** A rig for this checkout (see {@link ProjectHome#locate}). */
    public static Rig local() {
        return new Rig(ProjectHome.locate());
    }

    public ProjectHome home() {
        return home;
    }

    /** Boots quietly: the output is only captured. */
    public GuestRun boot(BootRequest request) {
        return boot(request, LiveOutput.none());
    }

    /** Boots, showing output as it comes on the streams of {@code live}. */
    public GuestRun boot(BootRequest request, LiveOutput live) {
        Accel accel = accelFor(request);
        if (request.host().domu()) {
            return bootXenDomus(List.of(request), live).get(0);
        }
        checkFiles(request);
        return request.xen() ? bootXen(request, live) : bootDirect(request, accel, live);
    }

    /**
     * Boots Xen and a Linux dom0 once and has dom0's xl create each of {@code requests} (all
     * domU requests) as a domU, one after the other; one {@link GuestRun} per request, in order.
     */
    public List<GuestRun> bootXenDomus(List<BootRequest> requests, LiveOutput live) {
        requests.forEach(Rig::checkFiles);
        return new XenDomuBoot(home).boot(requests, live);
    }

    private static void checkFiles(BootRequest request) {
        Tools.existing(request.image(), "image");
        if (request.module() != null) {
            Tools.existing(request.module(), "module");
        }
    }

    /**
     * The accelerator a request runs with: TCG under Xen (Xen needs the virtual CPU's SVM,
     * which TCG offers), else the requested one, else KVM when /dev/kvm opens, else TCG.
     */
    public static Accel accelFor(BootRequest request) {
        if (request.xen()) {
            if (request.accel() == Accel.KVM) {
                throw new RigException("the Xen rig runs under TCG (Xen needs SVM, which QEMU TCG offers)");
            }
            if (request.machine() != Machine.Q35) {
                throw new RigException("the Xen rig needs the q35 machine (for its IOMMU)");
            }
            return Accel.TCG;
        }
        if (request.accel() == null) {
            return Accel.detect();
        }
        if (request.accel() == Accel.KVM && !Accel.kvmOpens()) {
            throw new RigException("--accel kvm: /dev/kvm does not open");
        }
        return request.accel();
    }

    private GuestRun bootDirect(BootRequest request, Accel accel, LiveOutput live) {
        Path qemu = Tools.qemu();
        CapturedStream stdout = new CapturedStream(live.stdout());
        CapturedStream stderr = new CapturedStream(live.stderr());
        CapturedStream diagnostics = new CapturedStream(live.qemuDiagnostics());
        try (GuestFiles files = GuestFiles.create();
             Com2Channel com2 = Com2Channel.listen(files.com2Socket(),
                     (bytes, length) -> stderr.write(bytes, 0, length))) {
            List<String> command = QemuCommand.direct(qemu, request, accel, files);
            verbose(request, command, diagnostics);
            GuestLauncher.Ended ended = GuestLauncher.run(command, request.timeout(),
                    (bytes, length) -> stdout.write(bytes, 0, length), diagnostics);
            com2.finish(GuestLauncher.DRAIN_MILLIS);
            OptionalInt status = ExitLine.lastIn(files.readExitLine());
            if (status.isEmpty() && !ended.timedOut()) {
                status = ExitLine.fromDebugExit(ended.exitCode());
            }
            return result(ended, status, stdout, stderr, "", diagnostics, accel);
        }
    }

    private GuestRun bootXen(BootRequest request, LiveOutput live) {
        Path qemu = Tools.qemu();
        Path xen = Tools.xen(home);
        CapturedStream stdout = new CapturedStream(live.stdout());
        CapturedStream xenLog = new CapturedStream(live.hypervisorLog());
        CapturedStream diagnostics = new CapturedStream(live.qemuDiagnostics());
        XenRig console = new XenRig(stdout, xenLog);
        List<String> command = QemuCommand.xen(qemu, xen, request);
        verbose(request, command, diagnostics);
        GuestLauncher.Ended ended = GuestLauncher.run(command, request.timeout(), console, diagnostics);
        console.finish();
        String log = new String(xenLog.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return result(ended, console.status(), stdout, new CapturedStream(null), log, diagnostics, Accel.TCG);
    }

    private static void verbose(BootRequest request, List<String> command, CapturedStream diagnostics) {
        if (request.verbose()) {
            diagnostics.write("ingot run: " + String.join(" ", command) + "\n");
        }
    }

    private static GuestRun result(GuestLauncher.Ended ended, OptionalInt status, CapturedStream stdout,
                                   CapturedStream stderr, String hypervisorLog, CapturedStream diagnostics,
                                   Accel accel) {
        GuestRun.Outcome outcome = ended.timedOut() ? GuestRun.Outcome.TIMED_OUT
                : status.isPresent() ? GuestRun.Outcome.EXITED : GuestRun.Outcome.NO_STATUS;
        String qemu = new String(diagnostics.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new GuestRun(stdout.bytes(), stderr.bytes(), hypervisorLog, qemu, outcome,
                outcome == GuestRun.Outcome.TIMED_OUT ? OptionalInt.empty() : status,
                ended.exitCode(), accel, ended.wallNanos(), null);
    }
}
