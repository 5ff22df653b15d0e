package ingot.translator.rig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the Xen domU rig boots besides the image, built once per machine by
 * test/scripts/xen-domu-cache.sh ({@code make deps-xen}, or the first domU boot) into
 * test/cache/xen-domu/: Xen 4.17, the dom0 kernel as a raw ELF and dom0's initramfs (the
 * toolstack and the rig's init). The script returns at once when the cache is complete and
 * current.
 */
public final class XenDomuCache {
    static final String SCRIPT = "test/scripts/xen-domu-cache.sh";
    static final String DIRECTORY = "test/cache/xen-domu";
    private static final long BUILD_MINUTES = 15;

    private final Path root;
    private final Path dir;

    public XenDomuCache(ProjectHome home) {
        this.root = home.root();
        this.dir = root.resolve(DIRECTORY);
    }

    public Path hypervisor() {
        return dir.resolve("xen.elf");
    }

    public Path kernel() {
        return dir.resolve("vmlinux.elf");
    }

    public Path dom0Initramfs() {
        return dir.resolve("dom0.cpio.gz");
    }

    /** Builds what is missing or stale; the script's messages go to {@code log}. */
    public void ensure(CapturedStream log) {
        Path script = root.resolve(SCRIPT);
        Tools.existing(script, "script");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString()))
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        CapturedStream output = new CapturedStream(null);
        int status;
        try {
            Process process = builder.start();
            StreamPump pump = StreamPump.start("ingot-xen-domu-cache", process.getInputStream(), (bytes, length) -> {
                output.write(bytes, 0, length);
                log.write(bytes, 0, length);
            });
            if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new RigException(SCRIPT + " ran for more than " + BUILD_MINUTES + " minutes");
            }
            pump.join(GuestLauncher.DRAIN_MILLIS);
            status = process.exitValue();
        } catch (IOException e) {
            throw new RigException("cannot run " + SCRIPT + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RigException("interrupted while " + SCRIPT + " ran", e);
        }
        if (status != 0) {
            throw new RigException("the Xen domU cache could not be built (" + SCRIPT + " exited " + status
                    + "; run 'make deps-xen'):\n" + new String(output.bytes(), StandardCharsets.UTF_8).strip());
        }
        for (Path file : List.of(hypervisor(), kernel(), dom0Initramfs())) {
            if (!Files.isRegularFile(file)) {
                throw new RigException(file + " is missing after " + SCRIPT + "; run 'make deps-xen'");
            }
        }
    }
}
