package ingot.runtime.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The jars of the local Maven repository: real-world test material for the reader and inflater. */
public final class LocalRepository {
    private LocalRepository() {
    }

    /** The repository folder: surefire passes Maven's own; else ~/.m2/repository. */
    public static Path root() {
        String configured = System.getProperty("ingot.m2.repository");
        if (configured != null && !configured.isEmpty() && !configured.startsWith("${")) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Every *.jar file under the repository, sorted by path. */
    public static List<Path> jars() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root(), e);
        }
    }

    /** Up to {@code count} jars of at most {@code maxBytes}, spread evenly over the sorted list. */
    static List<Path> smallJars(int count, long maxBytes) {
        List<Path> small = jars().stream().filter(p -> sizeOf(p) <= maxBytes).collect(Collectors.toList());
        int step = Math.max(1, small.size() / count);
        return java.util.stream.IntStream.range(0, small.size()).filter(i -> i % step == 0).limit(count)
                .mapToObj(small::get).collect(Collectors.toList());
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
