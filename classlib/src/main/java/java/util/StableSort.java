package java.util;

/**
 * The stable sort of object ranges (Arrays.sort of objects, List.sort): binary insertion sort
 * for short ranges, otherwise a natural merge sort that finds ascending runs (reversing strictly
 * descending ones), extends short runs by insertion and merges neighbouring runs of similar length
 * with a buffer, galloping through long stretches from one side. For a consistent comparator the result is the unique stable order, as the JDK's.
 */
final class StableSort {
    private static final int MIN_RUN = 32;
    /** Wins in a row after which a merge switches to exponential search. */
    private static final int GALLOP = 7;

    private StableSort() {
    }

    /** Sorts a[from..to) with {@code c}, or by natural order when {@code c} is null. */
    static void sort(Object[] a, int from, int to, Comparator<Object> c) {
        Comparator<Object> cmp = c != null ? c : Natural.INSTANCE;
        int n = to - from;
        if (n < 2) {
            return;
        }
        if (n < MIN_RUN) {
            int run = countRun(a, from, to, cmp);
            insertionSort(a, from, to, from + run, cmp);
            return;
        }
        new StableSort.Merger(a, cmp, n).sort(from, to);
    }

    /** Natural order through Comparable. */
    private static final class Natural implements Comparator<Object> {
        static final Natural INSTANCE = new Natural();

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compare(Object o1, Object o2) {
            return ((Comparable) o1).compareTo(o2);
        }
    }

    /** The length of the run at {@code from}: ascending, or strictly descending and then reversed. */
    private static int countRun(Object[] a, int from, int to, Comparator<Object> c) {
        int end = from + 1;
        if (end == to) {
            return 1;
        }
        if (c.compare(a[end++], a[from]) < 0) {
            while (end < to && c.compare(a[end], a[end - 1]) < 0) {
                end++;
            }
            reverse(a, from, end);
        } else {
            while (end < to && c.compare(a[end], a[end - 1]) >= 0) {
                end++;
            }
        }
        return end - from;
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Inserts a[sorted..to) into the sorted a[from..sorted), each after its equals. */
    private static void insertionSort(Object[] a, int from, int to, int sorted, Comparator<Object> c) {
        for (int i = sorted; i < to; i++) {
            Object pivot = a[i];
            int lo = from;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c.compare(pivot, a[mid]) < 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(a, lo, a, lo + 1, i - lo);
            a[lo] = pivot;
        }
    }

    /** Run detection and merging for one long range. */
    private static final class Merger {
        private final Object[] a;
        private final Comparator<Object> c;
        private Object[] buffer;
        private final int[] runStart = new int[64];
        private final int[] runLength = new int[64];
        private int runs;

        Merger(Object[] a, Comparator<Object> c, int n) {
            this.a = a;
            this.c = c;
            this.buffer = new Object[Math.min(n / 2 + 1, 256)];
        }

        void sort(int from, int to) {
            int minRun = minRunLength(to - from);
            int at = from;
            while (at < to) {
                int run = countRun(a, at, to, c);
                if (run < minRun) {
                    int forced = Math.min(minRun, to - at);
                    insertionSort(a, at, at + forced, at + run, c);
                    run = forced;
                }
                runStart[runs] = at;
                runLength[runs] = run;
                runs++;
                collapse();
                at += run;
            }
            while (runs > 1) {
                mergeAt(runs - 2);
            }
        }

        private static int minRunLength(int n) {
            int low = 0;
            while (n >= MIN_RUN) {
                low |= n & 1;
                n >>= 1;
            }
            return n + low;
        }

        /** Keeps run lengths decreasing fast enough that the stack stays logarithmic. */
        private void collapse() {
            while (runs > 1) {
                int n = runs - 2;
                if (n > 0 && runLength[n - 1] <= runLength[n] + runLength[n + 1]
                        || n > 1 && runLength[n - 2] <= runLength[n] + runLength[n - 1]) {
                    if (runLength[n - 1] < runLength[n + 1]) {
                        n--;
                    }
                } else if (runLength[n] > runLength[n + 1]) {
                    break;
                }
                mergeAt(n);
            }
        }

        /** Merges runs i and i + 1. */
        private void mergeAt(int i) {
            int start = runStart[i];
            int mid = start + runLength[i];
            int end = mid + runLength[i + 1];
            runLength[i] += runLength[i + 1];
            for (int j = i + 1; j < runs - 1; j++) {
                runStart[j] = runStart[j + 1];
                runLength[j] = runLength[j + 1];
            }
            runs--;
            merge(start, mid, end);
        }

        /**
         * Merges the sorted a[lo..mid) and a[mid..hi), taking from the left on ties. Elements of the
         * left run not above the right run's first, and of the right run not below the left run's
         * last, stay where they are; the rest merge through a buffer, and when one side wins
         * {@link #GALLOP} times in a row, exponential search moves whole stretches at once.
         */
        private void merge(int lo, int mid, int hi) {
            if (c.compare(a[mid], a[mid - 1]) >= 0) {
                return;
            }
            lo = upperBound(a, lo, mid, a[mid]);
            hi = lowerBound(a, mid, hi, a[mid - 1]);
            int leftLength = mid - lo;
            if (buffer.length < leftLength) {
                buffer = new Object[Math.max(leftLength, buffer.length * 2)];
            }
            Object[] left = buffer;
            System.arraycopy(a, lo, left, 0, leftLength);
            int i = 0;
            int j = mid;
            int k = lo;
            while (i < leftLength && j < hi) {
                int leftWins = 0;
                int rightWins = 0;
                while (i < leftLength && j < hi && leftWins < GALLOP && rightWins < GALLOP) {
                    if (c.compare(a[j], left[i]) < 0) {
                        a[k++] = a[j++];
                        rightWins++;
                        leftWins = 0;
                    } else {
                        a[k++] = left[i++];
                        leftWins++;
                        rightWins = 0;
                    }
                }
                if (i >= leftLength || j >= hi) {
                    break;
                }
                int end = upperBound(left, i, leftLength, a[j]);
                System.arraycopy(left, i, a, k, end - i);
                k += end - i;
                i = end;
                if (i >= leftLength) {
                    break;
                }
                end = lowerBound(a, j, hi, left[i]);
                System.arraycopy(a, j, a, k, end - j);
                k += end - j;
                j = end;
            }
            System.arraycopy(left, i, a, k, leftLength - i);
        }

        /** The first index in [from, to) of the sorted x whose element is above key (ties stay left). */
        private int upperBound(Object[] x, int from, int to, Object key) {
            return bound(x, from, to, key, true);
        }

        /** The first index in [from, to) of the sorted x whose element is not below key. */
        private int lowerBound(Object[] x, int from, int to, Object key) {
            return bound(x, from, to, key, false);
        }

        /** Exponential then binary search from {@code from}. */
        private int bound(Object[] x, int from, int to, Object key, boolean upper) {
            int step = 1;
            int lo = from;
            int hi = from;
            while (hi < to && before(x[hi], key, upper)) {
                lo = hi + 1;
                hi = from + step;
                step <<= 1;
            }
            if (hi > to) {
                hi = to;
            }
            while (lo < hi) {
                int m = (lo + hi) >>> 1;
                if (before(x[m], key, upper)) {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            return lo;
        }

        /** Whether e comes before the bound: e <= key for an upper bound, e < key for a lower one. */
        private boolean before(Object e, Object key, boolean upper) {
            int cmp = c.compare(e, key);
            return upper ? cmp <= 0 : cmp < 0;
        }
    }
}
