package ingot.translator.rig;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * What one boot did: the guest's stdout and stderr, the hypervisor's log (Xen's lines, and
 * dom0's under the domU rig; empty for direct QEMU boots), QEMU's own diagnostics, how it
 * ended, the guest's exit status when it gave one, QEMU's process status, the accelerator,
 * the wall time from QEMU's start to its exit, and for a Xen domU what dom0 reported about
 * the domain (null otherwise).
 */
public record GuestRun(
        byte[] stdoutBytes,
        byte[] stderrBytes,
        String hypervisorLog,
        String qemuDiagnostics,
        Outcome outcome,
        OptionalInt status,
        int qemuStatus,
        Accel accel,
        long wallNanos,
        DomainReport domain) {

    /** How a boot ended. */
    public enum Outcome {
        /** The guest exited with a status (ingot_exit). */
        EXITED,
        /** QEMU ended without a status from the guest (a reset, a triple fault, a QEMU error). */
        NO_STATUS,
        /** The timeout ran out and QEMU was killed. */
        TIMED_OUT
    }

    /** The first line of the shim's exception report. */
    public static final String FAULT_MARKER = "ingot: fault: ";

    public String stdout() {
        return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    public String stderr() {
        return new String(stderrBytes, StandardCharsets.UTF_8);
    }

    public boolean exited() {
        return outcome == Outcome.EXITED;
    }

    /** True when the shim printed an exception report (on stderr, or on Xen's one console). */
    public boolean faulted() {
        return stderr().contains(FAULT_MARKER) || stdout().contains(FAULT_MARKER);
    }

    /** The exit status a host process would have: status & 0xFF. Only when {@link #exited}. */
    public int processStatus() {
        return ExitLine.processStatus(status.orElseThrow(
                () -> new IllegalStateException("the guest gave no status: " + outcome)));
    }

    public long wallMillis() {
        return wallNanos / 1_000_000;
    }

    /** A few lines for a failed test: how it ended and everything it printed. */
    public String describe() {
        return "outcome " + outcome + ", status " + status + ", QEMU status " + qemuStatus
                + ", " + accel + ", " + wallMillis() + " ms\n"
                + (domain == null ? "" : domain.summary() + "\n")
                + "--- stdout\n" + stdout()
                + "--- stderr\n" + stderr() + "--- QEMU\n" + qemuDiagnostics
                + "--- hypervisor log (last lines)\n" + lastLines(hypervisorLog, domain == null ? 15 : 40);
    }

    private static String lastLines(String text, int count) {
        String[] lines = text.split("\n");
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, lines.length - count); i < lines.length; i++) {
            tail.append(lines[i]).append('\n');
        }
        return tail.toString();
    }
}
