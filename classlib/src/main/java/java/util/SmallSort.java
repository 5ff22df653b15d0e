package java.util;

/** Sorts byte, char and short ranges by counting each value, or by insertion when short. */
final class SmallSort {
    private static final int INSERTION_LIMIT = 64;

    private SmallSort() {
    }

    static void sort(byte[] a, int from, int to) {
        if (to - from < INSERTION_LIMIT) {
            for (int i = from + 1; i < to; i++) {
                byte v = a[i];
                int j = i - 1;
                while (j >= from && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int[] count = new int[256];
        for (int i = from; i < to; i++) {
            count[a[i] + 128]++;
        }
        int k = from;
        for (int v = 0; v < 256; v++) {
            for (int n = count[v]; n > 0; n--) {
                a[k++] = (byte) (v - 128);
            }
        }
    }

    static void sort(char[] a, int from, int to) {
        if (to - from < INSERTION_LIMIT) {
            for (int i = from + 1; i < to; i++) {
                char v = a[i];
                int j = i - 1;
                while (j >= from && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int[] count = new int[65536];
        for (int i = from; i < to; i++) {
            count[a[i]]++;
        }
        int k = from;
        for (int v = 0; v < 65536; v++) {
            for (int n = count[v]; n > 0; n--) {
                a[k++] = (char) v;
            }
        }
    }

    static void sort(short[] a, int from, int to) {
        if (to - from < INSERTION_LIMIT) {
            for (int i = from + 1; i < to; i++) {
                short v = a[i];
                int j = i - 1;
                while (j >= from && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int[] count = new int[65536];
        for (int i = from; i < to; i++) {
            count[a[i] + 32768]++;
        }
        int k = from;
        for (int v = 0; v < 65536; v++) {
            for (int n = count[v]; n > 0; n--) {
                a[k++] = (short) (v - 32768);
            }
        }
    }
}
