package ingot.translator.inspect;

import ingot.runtime.jar.JarArchive;
import ingot.runtime.jar.JarEntry;
import ingot.runtime.jar.JarFormatException;
import ingot.translator.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a command-line input — a class file or a jar — into the class files it holds. A jar
 * contributes the {@code .class} entries a release-17 class loader sees (for a multi-release jar,
 * the versioned view), in central-directory order.
 */
final class InputReader {
    /** The Java release whose view of multi-release jars is taken. */
    static final int RELEASE = 17;
    private static final int CLASS_MAGIC = 0xCAFEBABE;
    private static final int ZIP_MAGIC = 0x504B; // "PK"

    private InputReader() {
    }

    static List<ClassSource> read(Path input) throws BadInputException {
        byte[] bytes = readFile(input);
        if (startsWith(bytes, CLASS_MAGIC, 4)) {
            List<ClassSource> one = new ArrayList<>();
            one.add(new ClassSource(input.toString(), bytes));
            return one;
        }
        if (startsWith(bytes, ZIP_MAGIC, 2) || input.toString().endsWith(".jar")) {
            return readJar(input.toString(), bytes);
        }
        throw new BadInputException(input + ": neither a class file nor a jar");
    }

    private static List<ClassSource> readJar(String name, byte[] bytes) throws BadInputException {
        List<ClassSource> out = new ArrayList<>();
        try {
            JarArchive jar = JarArchive.read(bytes);
            for (JarEntry entry : jar.versionedEntries(RELEASE)) {
                if (!entry.isDirectory() && entry.name().endsWith(".class")) {
                    out.add(new ClassSource(name + "!" + entry.name(), jar.contents(entry)));
                }
            }
        } catch (JarFormatException e) {
            throw new BadInputException(name + ": " + e.getMessage());
        }
        return out;
    }

    private static byte[] readFile(Path input) throws BadInputException {
        try {
            if (Files.isDirectory(input)) {
                throw new BadInputException(input + ": is a directory, not a class file or jar");
            }
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new BadInputException(input + ": no such file");
        } catch (IOException | OutOfMemoryError e) {
            throw new BadInputException(input + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, int magic, int width) {
        if (bytes.length < width) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value == magic;
    }
}
