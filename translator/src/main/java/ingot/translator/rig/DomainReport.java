package ingot.translator.rig;

import java.util.List;
import java.util.OptionalInt;

/**
 * What dom0 reported about one domU of the Xen domU rig (its lines {@code ingot-dom0: ...}
 * on COM1, written by test/scripts/xen-domu-init.sh): whether xl created it, xl's status,
 * the shutdown reason xl logged ({@code poweroff}, {@code crash}, ...; empty when none),
 * whether dom0 destroyed it at the timeout, whether the domain was gone at the end, the host
 * time from dom0's {@code xl create} to the domU's first console byte (-1 when it printed
 * nothing), and dom0's error lines (with xl's log when xl failed).
 */
public record DomainReport(
        boolean created,
        OptionalInt xlStatus,
        String shutdownReason,
        boolean timedOut,
        boolean gone,
        long firstOutputNanos,
        List<String> errors) {

    public DomainReport {
        errors = List.copyOf(errors);
    }

    /** True when xl logged that the guest crashed (SHUTDOWN_crash, or Xen found it dead). */
    public boolean crashed() {
        return "crash".equals(shutdownReason);
    }

    /** One line for messages and test failures. */
    public String summary() {
        return "domU: " + (created ? "created" : "not created")
                + ", xl status " + (xlStatus.isPresent() ? Integer.toString(xlStatus.getAsInt()) : "none")
                + ", shutdown reason '" + shutdownReason + "'" + (timedOut ? ", destroyed at the timeout" : "")
                + (gone ? ", gone" : ", NOT gone") + ", first output "
                + (firstOutputNanos < 0 ? "none" : firstOutputNanos / 1_000_000 + " ms after xl create")
                + (errors.isEmpty() ? "" : "\n" + String.join("\n", errors));
    }
}
