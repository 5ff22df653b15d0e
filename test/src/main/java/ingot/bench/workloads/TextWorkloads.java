package ingot.bench.workloads;

import java.util.Formatter;

/**
 * Formatting workloads: a new java.util.Formatter per string, as String.format makes one, over a
 * mix of common specifiers. Each returns a checksum so that nothing can be optimised away.
 */
public final class TextWorkloads {
    private TextWorkloads() {
    }

    public static long format(int[] ints, double[] doubles, String[] words) {
        long n = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ints.length; i++) {
            sb.setLength(0);
            Formatter f = new Formatter(sb);
            switch (i & 3) {
                case 0:
                    f.format("%d items of %s cost %.2f", ints[i], words[i], doubles[i]);
                    break;
                case 1:
                    f.format("%08.3f|%-10s|%,d", doubles[i], words[i], ints[i]);
                    break;
                case 2:
                    f.format("%e %g %x", doubles[i], doubles[i], ints[i]);
                    break;
                default:
                    f.format("[%5d] %s: %+.4f%%", ints[i] % 1000, words[i], doubles[i]);
            }
            n += sb.length();
        }
        return n;
    }
}
