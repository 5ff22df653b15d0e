package ingot.translator.rig;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host programs and files a boot needs; a missing one says how to get it. */
public final class Tools {
    static final String QEMU = "qemu-system-x86_64";

    private Tools() {
    }

    /** The QEMU binary on PATH. */
    public static Path qemu() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, QEMU);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new RigException(QEMU + " is not on PATH; run 'make deps'");
    }

    /** The Xen hypervisor unpacked by {@code make deps}. */
    public static Path xen(ProjectHome home) {
        Path xen = home.xenHypervisor();
        if (!Files.isRegularFile(xen)) {
            throw new RigException(xen + " is missing; run 'make deps'");
        }
        return xen;
    }

    /** {@code file}, which must be a readable regular file. */
    public static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RigException(what + " " + file + " is not a readable file");
        }
        return file;
    }
}
