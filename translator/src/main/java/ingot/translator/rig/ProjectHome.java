package ingot.translator.rig;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's files are: the folder that holds {@code boot/} and {@code pom.xml}.
 * Found from the system property {@code ingot.home}, else by walking up from the classes of
 * this module (translator/target/...), else from the working folder. The default image and
 * the Xen cache live under it.
 */
public final class ProjectHome {
    private final Path root;

    private ProjectHome(Path root) {
        this.root = root;
    }

    public static ProjectHome locate() {
        String property = System.getProperty("ingot.home");
        if (property != null && !property.isEmpty()) {
            return new ProjectHome(Path.of(property).toAbsolutePath());
        }
        Path code = codeLocation();
        Path work = Path.of("").toAbsolutePath();
        for (Path start : new Path[] {code, work}) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("boot")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return new ProjectHome(dir);
                }
            }
        }
        throw new RigException("cannot find the project folder above " + code + " or " + work
                + " (set -Dingot.home=FOLDER)");
    }

    private static Path codeLocation() {
        try {
            return Path.of(ProjectHome.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    public Path root() {
        return root;
    }

    /** The image {@code make} builds: boot/target/ingot.elf. */
    public Path defaultImage() {
        return root.resolve("boot/target/ingot.elf");
    }

    /** The gunzipped Xen hypervisor that {@code make deps} unpacks. */
    public Path xenHypervisor() {
        return root.resolve("test/cache/xen/xen-4.17-amd64.elf");
    }

    /**
     * The default image, checked: it must exist and be newer than every boot/*.asm source.
     */
    public Path builtImage() {
        Path image = defaultImage();
        if (!Files.isRegularFile(image)) {
            throw new RigException(image + " is missing; run 'make' (or 'make image') in " + root);
        }
        try (var sources = Files.list(root.resolve("boot"))) {
            long built = Files.getLastModifiedTime(image).toMillis();
            boolean stale = sources.filter(p -> p.toString().endsWith(".asm"))
                    .anyMatch(p -> lastModified(p) > built);
            if (stale) {
                throw new RigException(image + " is older than its sources in boot/; run 'make image'");
            }
        } catch (java.io.IOException e) {
            throw new RigException("cannot read " + root.resolve("boot") + ": " + e.getMessage(), e);
        }
        return image;
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
