package ingot.bench;

import java.util.Arrays;

/**
 * Times a piece of work over several rounds after warming it up, and reports the median round.
 * Rounds of the two sides being compared are interleaved so both see the same machine state.
 */
final class Stopwatch {
    private Stopwatch() {
    }

    /** Runs {@code a} and {@code b} alternately; returns their median round times in nanoseconds. */
    static long[] compare(Runnable a, Runnable b, int warmups, int rounds) {
        for (int i = 0; i < warmups; i++) {
            a.run();
            b.run();
        }
        long[] timesA = new long[rounds];
        long[] timesB = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            timesA[i] = time(a);
            timesB[i] = time(b);
        }
        return new long[] {median(timesA), median(timesB)};
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Megabytes (10^6 bytes) per second. */
    static double megabytesPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }
}
