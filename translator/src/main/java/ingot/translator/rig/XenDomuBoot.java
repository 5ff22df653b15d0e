package ingot.translator.rig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One boot of the Xen domU rig: Xen 4.17 and a Linux PV dom0 under QEMU TCG, whose init
 * (test/scripts/xen-domu-init.sh) creates each requested image with {@code xl create} as a
 * PVH (or PV) domU, in order, with its console copied to COM2, and reports on COM1. Several
 * guests share one dom0 boot (the tests do that to save the ~15 s of booting Xen and dom0).
 * Each guest's timeout counts from its {@code xl create}: dom0 destroys it then; QEMU itself
 * is killed when the sum of the timeouts and an allowance for the boot has run out.
 */
final class XenDomuBoot {
    /** Booting Xen and dom0, and stopping them, under QEMU TCG on a busy machine. */
    static final Duration BOOT_ALLOWANCE = Duration.ofSeconds(120);
    /** Creating and destroying one domain. */
    static final Duration GUEST_ALLOWANCE = Duration.ofSeconds(20);

    private final XenDomuCache cache;

    XenDomuBoot(ProjectHome home) {
        this.cache = new XenDomuCache(home);
    }

    List<GuestRun> boot(List<BootRequest> guests, LiveOutput live) {
        if (guests.isEmpty()) {
            throw new RigException("no domU to boot");
        }
        for (BootRequest guest : guests) {
            if (!guest.host().domu()) {
                throw new RigException("not a domU request: " + guest.host());
            }
            Rig.accelFor(guest);
        }
        boolean verbose = guests.stream().anyMatch(BootRequest::verbose);
        CapturedStream diagnostics = new CapturedStream(live.qemuDiagnostics());
        cache.ensure(diagnostics);
        CapturedStream log = new CapturedStream(live.hypervisorLog());
        Dom0Console dom0 = new Dom0Console(log);
        DomuConsole domus = new DomuConsole(guests.size(), live.stdout());
        try (GuestFiles files = GuestFiles.create();
             Com2Channel com2 = Com2Channel.listen(files.com2Socket(), domus)) {
            DomuInitrd.write(cache.dom0Initramfs(), guests, files.initrd());
            int domuMb = guests.stream().mapToInt(BootRequest::effectiveMemoryMb).max().getAsInt();
            List<String> command = QemuCommand.xenDomu(Tools.qemu(), cache, files.initrd(), files, domuMb);
            if (verbose) {
                diagnostics.write("ingot run: " + String.join(" ", command) + "\n");
            }
            GuestLauncher.Ended ended = GuestLauncher.run(command, qemuTimeout(guests), dom0, diagnostics);
            com2.finish(GuestLauncher.DRAIN_MILLIS);
            dom0.finish();
            domus.finish();
            String hypervisorLog = new String(log.bytes(), StandardCharsets.UTF_8);
            String qemu = new String(diagnostics.bytes(), StandardCharsets.UTF_8);
            List<GuestRun> runs = new ArrayList<>();
            for (int number = 1; number <= guests.size(); number++) {
                DomainReport report = dom0.report(number, domus.firstByteNanos(number));
                runs.add(run(ended, report, domus.status(number), domus.output(number), hypervisorLog, qemu));
            }
            return runs;
        }
    }

    static Duration qemuTimeout(List<BootRequest> guests) {
        Duration timeout = BOOT_ALLOWANCE;
        for (BootRequest guest : guests) {
            timeout = timeout.plus(guest.timeout()).plus(GUEST_ALLOWANCE);
        }
        return timeout;
    }

    /**
     * One guest's run: timed out when dom0 destroyed it at its timeout, or when QEMU was
     * killed before the domain was gone; else exited with the status of its exit line; else
     * without a status (a crash before the exit line, or xl failed).
     */
    private static GuestRun run(GuestLauncher.Ended ended, DomainReport report, OptionalInt status, byte[] output,
                                String hypervisorLog, String qemu) {
        boolean timedOut = report.timedOut() || (ended.timedOut() && !report.gone());
        GuestRun.Outcome outcome = timedOut ? GuestRun.Outcome.TIMED_OUT
                : status.isPresent() ? GuestRun.Outcome.EXITED : GuestRun.Outcome.NO_STATUS;
        return new GuestRun(output, new byte[0], hypervisorLog, qemu, outcome,
                outcome == GuestRun.Outcome.TIMED_OUT ? OptionalInt.empty() : status,
                ended.exitCode(), Accel.TCG, ended.wallNanos(), report);
    }
}
