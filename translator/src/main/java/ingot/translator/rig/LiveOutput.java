package ingot.translator.rig;

import java.io.OutputStream;

/**
 * Where a boot's output goes while it runs, besides being captured: the guest's stdout and
 * stderr, the hypervisor's log (Xen's, shown with --verbose) and QEMU's own diagnostics.
 * A null stream drops that output (it is still captured in the {@link GuestRun}).
 */
public record LiveOutput(OutputStream stdout, OutputStream stderr, OutputStream hypervisorLog,
                         OutputStream qemuDiagnostics) {

    /** Nothing is shown while the guest runs: the tests' choice. */
    public static LiveOutput none() {
        return new LiveOutput(null, null, null, null);
    }
}
