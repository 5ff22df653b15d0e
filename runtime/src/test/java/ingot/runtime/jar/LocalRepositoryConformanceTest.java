package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every jar of the local Maven repository, read by us and by java.util.zip: the same entry list
 * (names, sizes, methods, CRCs) and byte-identical contents for every entry, CRC included.
 */
class LocalRepositoryConformanceTest {
    @Test
    void everyJarReadsLikeJavaUtilZip() {
        List<Path> jars = LocalRepository.jars();
        assertFalse(jars.isEmpty(), "no jars under " + LocalRepository.root());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong entries = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        jars.parallelStream().forEach(jar -> {
            ZipComparison comparison = new ZipComparison();
            try {
                comparison.compare(jar.toFile(), LocalRepository.bytes(jar));
            } catch (Throwable t) {
                failures.add(jar + ": " + t);
            }
            entries.addAndGet(comparison.entries);
            bytes.addAndGet(comparison.bytes);
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LocalRepositoryConformanceTest: " + jars.size() + " jars, " + entries.get()
                + " entries, " + bytes.get() + " bytes inflated, identical to java.util.zip (" + ms + " ms)");
        assertTrue(failures.isEmpty(), failures.size() + " jars differ:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
