package ingot.bench;

import ingot.runtime.jar.Inflater;
import ingot.runtime.jar.JarArchive;
import ingot.runtime.jar.JarEntry;
import ingot.runtime.jar.JarFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;

/**
 * Inflate speed: ours ({@link Inflater}) against java.util.zip.Inflater (native zlib) on the same
 * deflated entries, taken from the jars of the local Maven repository (capped by compressed
 * bytes), each warmed up, then timed over several rounds. Prints MB/s of output and the ratio.
 *
 * <p>Usage: {@code InflateBench [repository] [capMB]}.
 */
public final class InflateBench {
    private static final int WARMUP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 5;

    private InflateBench() {
    }

    /** One deflated entry: where its data lies and its inflated size. */
    private record DeflatedEntry(byte[] data, int offset, int length, int size) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = args.length > 0 ? Paths.get(args[0])
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
        long cap = (args.length > 1 ? Long.parseLong(args[1]) : 48) << 20;
        List<DeflatedEntry> streams = collect(repo, cap);
        long compressed = streams.stream().mapToLong(DeflatedEntry::length).sum();
        long inflated = streams.stream().mapToLong(DeflatedEntry::size).sum();
        System.out.printf("InflateBench: %d deflated entries, %.1f MB compressed, %.1f MB inflated%n",
                streams.size(), compressed / 1e6, inflated / 1e6);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            runOurs(streams);
            runZlib(streams);
        }
        double ours = Double.MAX_VALUE;
        double zlib = Double.MAX_VALUE;
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            ours = Math.min(ours, runOurs(streams));
            zlib = Math.min(zlib, runZlib(streams));
        }
        double oursMbs = inflated / 1e6 / ours;
        double zlibMbs = inflated / 1e6 / zlib;
        System.out.printf("InflateBench: ingot Inflater   %8.1f MB/s%n", oursMbs);
        System.out.printf("InflateBench: java.util.zip    %8.1f MB/s (native zlib)%n", zlibMbs);
        System.out.printf("InflateBench: ratio zlib/ingot %8.2fx (goal: at most 2.00x)%n", zlibMbs / oursMbs);
    }

    /** Seconds for one pass of our inflater over every stream. */
    private static double runOurs(List<DeflatedEntry> streams) throws JarFormatException {
        Inflater inflater = new Inflater();
        long check = 0;
        long t0 = System.nanoTime();
        for (DeflatedEntry s : streams) {
            byte[] out = inflater.decompress(s.data, s.offset, s.length, s.size, Integer.MAX_VALUE);
            check += out.length;
        }
        return seconds(t0, check);
    }

    /** Seconds for one pass of java.util.zip.Inflater (reset between streams) over every stream. */
    private static double runZlib(List<DeflatedEntry> streams) throws DataFormatException {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        long check = 0;
        long t0 = System.nanoTime();
        for (DeflatedEntry s : streams) {
            inflater.reset();
            inflater.setInput(s.data, s.offset, s.length);
            byte[] out = new byte[s.size];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            check += n;
        }
        inflater.end();
        return seconds(t0, check);
    }

    private static double seconds(long t0, long check) {
        double s = (System.nanoTime() - t0) / 1e9;
        if (check < 0) {
            System.out.println(check);
        }
        return s;
    }

    private static List<DeflatedEntry> collect(Path repo, long cap) throws IOException {
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(repo)) {
            jars = walk.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        List<DeflatedEntry> streams = new ArrayList<>();
        long total = 0;
        for (Path jar : jars) {
            if (total >= cap) {
                break;
            }
            total += addEntries(Files.readAllBytes(jar), streams);
        }
        if (streams.isEmpty()) {
            throw new IllegalStateException("no deflated entries in the jars under " + repo);
        }
        return streams;
    }

    private static long addEntries(byte[] data, List<DeflatedEntry> streams) {
        long added = 0;
        try {
            JarArchive archive = JarArchive.read(data, Integer.MAX_VALUE);
            for (int i = 0; i < archive.size(); i++) {
                JarEntry e = archive.entry(i);
                if (e.method() == JarEntry.DEFLATED && e.size() > 0) {
                    int offset = archive.dataOffset(e);
                    streams.add(new DeflatedEntry(data, offset, (int) e.compressedSize(), (int) e.size()));
                    added += e.compressedSize();
                }
            }
        } catch (JarFormatException e) {
            System.out.println("InflateBench: skipped a malformed jar: " + e.getMessage());
        }
        return added;
    }
}
