package ingot.translator;

import ingot.translator.image.ImageException;
import ingot.translator.rig.ProjectHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The images `ingot run --aot` boots, cached under target/images/ by a digest of what goes in:
 * the jars' bytes, the main class, and the class library, runtime, translator and boot shim
 * they are built with. A cached image is reused; anything changed builds a new one.
 */
final class AotImages {
    private AotImages() {
    }

    static Path imageFor(ProjectHome home, List<Path> jars, String mainClass) throws BadInputException, ImageException {
        Path image = home.root().resolve("target/images").resolve(digest(home, jars, mainClass) + ".elf");
        if (Files.isRegularFile(image)) {
            System.err.println("ingot run: reusing " + image);
            return image;
        }
        return ImageCommand.build(home, jars, mainClass, image);
    }

    private static String digest(ProjectHome home, List<Path> jars, String mainClass) throws BadInputException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path jar : jars) {
                sha.update(Files.readAllBytes(jar));
            }
            sha.update(String.valueOf(mainClass).getBytes());
            for (String tree : new String[] {"classlib/target/java.base", "runtime/target/classes", "boot",
                "translator/target/ingot-translator.jar", "jit/target/classes"}) {
                addTree(sha, home.root().resolve(tree));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names, sizes and modification times of a tree's files: cheap, and changes with any rebuild. */
    private static void addTree(MessageDigest sha, Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                sha.update((p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis()).getBytes());
            }
        }
    }
}
