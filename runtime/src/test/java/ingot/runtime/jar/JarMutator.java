package ingot.runtime.jar;

import java.util.Arrays;
import java.util.Random;

/**
 * Damages archives on purpose, reproducibly from a {@link Random}: bit flips, truncation,
 * insertions and deletions, and forged values in the length and offset fields of the end record,
 * the central directory and the local headers.
 */
final class JarMutator {
    static final String[] KINDS = {
        "bit flips", "truncation", "central directory field", "local header field", "end record field",
        "overwritten run", "inserted or deleted bytes",
    };
    private static final int[] CEN_FIELDS = {8, 10, 16, 20, 24, 28, 30, 32, 42};
    private static final int[] CEN_WIDTHS = {2, 2, 4, 4, 4, 2, 2, 2, 4};
    private static final int[] LOC_FIELDS = {6, 8, 14, 18, 22, 26, 28};
    private static final int[] LOC_WIDTHS = {2, 2, 4, 4, 4, 2, 2};
    private static final int[] END_FIELDS = {8, 10, 12, 16, 20};
    private static final int[] END_WIDTHS = {2, 2, 4, 4, 2};

    private JarMutator() {
    }

    /** A damaged copy of {@code data}, of mutation kind {@code kind}. */
    static byte[] mutate(byte[] data, int kind, Random r) {
        byte[] m = data.clone();
        switch (kind) {
            case 0:
                for (int i = 1 + r.nextInt(16); i > 0 && m.length > 0; i--) {
                    int p = r.nextInt(m.length);
                    m[p] ^= (byte) (1 << r.nextInt(8));
                }
                return m;
            case 1:
                return Arrays.copyOf(m, r.nextInt(m.length + 1));
            case 2:
                forge(m, CentralDirectory.SIG, CEN_FIELDS, CEN_WIDTHS, r);
                return m;
            case 3:
                forge(m, LocalHeader.SIG, LOC_FIELDS, LOC_WIDTHS, r);
                return m;
            case 4:
                forge(m, EndRecord.SIG, END_FIELDS, END_WIDTHS, r);
                return m;
            case 5:
                if (m.length > 0) {
                    int p = r.nextInt(m.length);
                    for (int i = r.nextInt(9); i > 0 && p < m.length; i--) {
                        m[p++] = (byte) r.nextInt(256);
                    }
                }
                return m;
            default:
                return insertOrDelete(m, r);
        }
    }

    /** Writes a forged value into one field of one record with the given signature. */
    private static void forge(byte[] m, int signature, int[] fields, int[] widths, Random r) {
        int[] records = find(m, signature);
        if (records.length == 0) {
            return;
        }
        int record = records[r.nextInt(records.length)];
        int f = r.nextInt(fields.length);
        int at = record + fields[f];
        if (at + widths[f] > m.length) {
            return;
        }
        long value = interestingValue(m, widths[f], LittleEndian.u32(m, Math.min(at, m.length - 4)), r);
        for (int i = 0; i < widths[f]; i++) {
            m[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long interestingValue(byte[] m, int width, long old, Random r) {
        long max = width == 2 ? 0xFFFF : 0xFFFFFFFFL;
        switch (r.nextInt(7)) {
            case 0: return 0;
            case 1: return max;
            case 2: return max - 1;
            case 3: return (old + r.nextInt(65) - 32) & max;
            case 4: return m.length + r.nextInt(64) - 32 & max;
            case 5: return 0x7FFFFFFFL & max;
            default: return r.nextLong() & max;
        }
    }

    private static int[] find(byte[] m, int signature) {
        int[] found = new int[16];
        int n = 0;
        for (int p = 0; p <= m.length - 4; p++) {
            if (LittleEndian.u32(m, p) == signature) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = p;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static byte[] insertOrDelete(byte[] m, Random r) {
        if (m.length == 0) {
            return m;
        }
        int p = r.nextInt(m.length);
        int n = 1 + r.nextInt(8);
        if (r.nextBoolean()) {
            byte[] out = new byte[m.length + n];
            System.arraycopy(m, 0, out, 0, p);
            for (int i = 0; i < n; i++) {
                out[p + i] = (byte) r.nextInt(256);
            }
            System.arraycopy(m, p, out, p + n, m.length - p);
            return out;
        }
        n = Math.min(n, m.length - p);
        byte[] out = new byte[m.length - n];
        System.arraycopy(m, 0, out, 0, p);
        System.arraycopy(m, p + n, out, p, m.length - p - n);
        return out;
    }
}
