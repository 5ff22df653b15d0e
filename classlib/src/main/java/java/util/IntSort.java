package java.util;

/**
 * Sorts int and long ranges ascending: dual-pivot quicksort (pivots from five samples) over
 * insertion sort for short ranges, with heapsort when the recursion gets too deep. The result of
 * sorting primitives is unique, so any correct algorithm agrees with the JDK's.
 */
final class IntSort {
    private static final int INSERTION_LIMIT = 44;

    private IntSort() {
    }

    static void sort(int[] a, int from, int to) {
        sort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(to - from + 1)));
    }

    /** Sorts a[lo..hi] (inclusive). */
    private static void sort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int step = (hi - lo) / 6;
            int m3 = (lo + hi) >>> 1;
            sortFive(a, m3 - 2 * step, m3 - step, m3, m3 + step, m3 + 2 * step);
            int p1 = a[m3 - step];
            int p2 = a[m3 + step];
            a[m3 - step] = a[lo];
            a[m3 + step] = a[hi];
            int less = lo + 1;
            int great = hi - 1;
            int k = less;
            while (k <= great) {
                int ak = a[k];
                if (ak < p1) {
                    a[k] = a[less];
                    a[less++] = ak;
                } else if (ak > p2) {
                    while (a[great] > p2 && k < great) {
                        great--;
                    }
                    a[k] = a[great];
                    a[great--] = ak;
                    ak = a[k];
                    if (ak < p1) {
                        a[k] = a[less];
                        a[less++] = ak;
                    }
                }
                k++;
            }
            a[lo] = a[less - 1];
            a[less - 1] = p1;
            a[hi] = a[great + 1];
            a[great + 1] = p2;
            sort(a, lo, less - 2, depth);
            sort(a, great + 2, hi, depth);
            if (p1 == p2) {
                return;
            }
            lo = less;
            hi = great;
        }
        insertionSort(a, lo, hi);
    }

    private static void sortFive(int[] a, int i1, int i2, int i3, int i4, int i5) {
        int[] idx = {i1, i2, i3, i4, i5};
        for (int i = 1; i < 5; i++) {
            int v = a[idx[i]];
            int j = i - 1;
            while (j >= 0 && a[idx[j]] > v) {
                a[idx[j + 1]] = a[idx[j]];
                j--;
            }
            a[idx[j + 1]] = v;
        }
    }

    private static void insertionSort(int[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int i, int n) {
        int v = a[base + i];
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = v;
    }

    // ---- long ----

    static void sort(long[] a, int from, int to) {
        sort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(to - from + 1)));
    }

    private static void sort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int m3 = (lo + hi) >>> 1;
            int step = (hi - lo) / 6;
            sortFive(a, m3 - 2 * step, m3 - step, m3, m3 + step, m3 + 2 * step);
            long p1 = a[m3 - step];
            long p2 = a[m3 + step];
            a[m3 - step] = a[lo];
            a[m3 + step] = a[hi];
            int less = lo + 1;
            int great = hi - 1;
            for (int k = less; k <= great; k++) {
                long ak = a[k];
                if (ak < p1) {
                    a[k] = a[less];
                    a[less++] = ak;
                } else if (ak > p2) {
                    while (a[great] > p2 && k < great) {
                        great--;
                    }
                    a[k] = a[great];
                    a[great--] = ak;
                    ak = a[k];
                    if (ak < p1) {
                        a[k] = a[less];
                        a[less++] = ak;
                    }
                }
            }
            a[lo] = a[less - 1];
            a[less - 1] = p1;
            a[hi] = a[great + 1];
            a[great + 1] = p2;
            sort(a, lo, less - 2, depth);
            sort(a, great + 2, hi, depth);
            if (p1 == p2) {
                return;
            }
            lo = less;
            hi = great;
        }
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void sortFive(long[] a, int i1, int i2, int i3, int i4, int i5) {
        int[] idx = {i1, i2, i3, i4, i5};
        for (int i = 1; i < 5; i++) {
            long v = a[idx[i]];
            int j = i - 1;
            while (j >= 0 && a[idx[j]] > v) {
                a[idx[j + 1]] = a[idx[j]];
                j--;
            }
            a[idx[j + 1]] = v;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            long t = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = t;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        long v = a[base + i];
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = v;
    }
}
