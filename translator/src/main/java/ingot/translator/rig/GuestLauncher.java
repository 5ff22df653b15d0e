package ingot.translator.rig;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs QEMU under a timeout. stdin is empty; stdout goes to a chunk consumer (the guest's
 * console), stderr to QEMU's diagnostics. When the timeout runs out QEMU gets SIGTERM, then
 * SIGKILL after a grace period; a JVM that exits meanwhile (Ctrl-C) takes QEMU with it.
 */
final class GuestLauncher {
    static final long GRACE_MILLIS = 2000;
    static final long DRAIN_MILLIS = 5000;

    /** How the process ended: its status (meaningless when timed out) and the wall time. */
    record Ended(int exitCode, boolean timedOut, long wallNanos) {
    }

    private GuestLauncher() {
    }

    static Ended run(List<String> command, Duration timeout, StreamPump.Chunks stdout,
                     CapturedStream diagnostics) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RigException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread killer = new Thread(process::destroyForcibly, "ingot-kill-qemu");
        Runtime.getRuntime().addShutdownHook(killer);
        StreamPump out = StreamPump.start("ingot-qemu-stdout", process.getInputStream(), stdout);
        StreamPump err = StreamPump.start("ingot-qemu-stderr", process.getErrorStream(),
                (bytes, length) -> diagnostics.write(bytes, 0, length));
        boolean timedOut = !waitFor(process, timeout.toMillis());
        if (timedOut) {
            stop(process);
        }
        long wall = System.nanoTime() - start;
        out.join(DRAIN_MILLIS);
        err.join(DRAIN_MILLIS);
        removeHook(killer);
        return new Ended(timedOut ? -1 : process.exitValue(), timedOut, wall);
    }

    private static void stop(Process process) {
        process.destroy();
        if (!waitFor(process, GRACE_MILLIS)) {
            process.destroyForcibly();
            waitFor(process, GRACE_MILLIS);
        }
    }

    private static boolean waitFor(Process process, long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }
}
