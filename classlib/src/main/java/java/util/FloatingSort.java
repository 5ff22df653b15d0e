package java.util;

/**
 * Sorts float and double ranges in Float.compare / Double.compare order. NaNs move to the end
 * first; the other values become integers of the same order (sign-magnitude bits flipped for
 * negatives, which puts -0.0 before 0.0), which IntSort sorts, and are turned back.
 */
final class FloatingSort {
    private FloatingSort() {
    }

    static void sort(float[] a, int from, int to) {
        int end = moveNaNsToEnd(a, from, to);
        int[] keys = new int[end - from];
        for (int i = from; i < end; i++) {
            int bits = Float.floatToRawIntBits(a[i]);
            keys[i - from] = bits ^ ((bits >> 31) & 0x7fffffff);
        }
        IntSort.sort(keys, 0, keys.length);
        for (int i = from; i < end; i++) {
            int key = keys[i - from];
            a[i] = Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
        }
    }

    static void sort(double[] a, int from, int to) {
        int end = moveNaNsToEnd(a, from, to);
        long[] keys = new long[end - from];
        for (int i = from; i < end; i++) {
            long bits = Double.doubleToRawLongBits(a[i]);
            keys[i - from] = bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
        }
        IntSort.sort(keys, 0, keys.length);
        for (int i = from; i < end; i++) {
            long key = keys[i - from];
            a[i] = Double.longBitsToDouble(key ^ ((key >> 63) & 0x7fffffffffffffffL));
        }
    }

    /** Moves the NaNs of a[from..to) to its end; returns where they start. */
    private static int moveNaNsToEnd(float[] a, int from, int to) {
        int end = to;
        for (int k = to - 1; k >= from; k--) {
            float ak = a[k];
            if (ak != ak) {
                a[k] = a[--end];
                a[end] = ak;
            }
        }
        return end;
    }

    private static int moveNaNsToEnd(double[] a, int from, int to) {
        int end = to;
        for (int k = to - 1; k >= from; k--) {
            double ak = a[k];
            if (ak != ak) {
                a[k] = a[--end];
                a[end] = ak;
            }
        }
        return end;
    }
}
