package conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Sorting: hand-written quicksort, merge sort and heap sort over a pseudo-random sequence, checked against Arrays.sort; objects by Comparable and Comparator. */
public class Sorting {
    static final class Person implements Comparable<Person> {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public int compareTo(Person other) {
            return name.compareTo(other.name);
        }

        @Override
        public String toString() {
            return name + "(" + age + ")";
        }
    }

    static int seed = 12345;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 8) % 10000 - 5000;
    }

    public static void main(String[] args) {
        int[] data = new int[500];
        for (int i = 0; i < data.length; i++) {
            data[i] = next();
        }
        int[] expected = data.clone();
        Arrays.sort(expected);
        int[] q = data.clone();
        quicksort(q, 0, q.length - 1);
        int[] m = mergesort(data.clone());
        int[] h = data.clone();
        heapsort(h);
        System.out.println("quick " + Arrays.equals(q, expected) + " merge " + Arrays.equals(m, expected) + " heap "
                + Arrays.equals(h, expected));
        System.out.println("first " + expected[0] + " " + expected[1] + " last " + expected[499] + " median " + expected[250]);
        System.out.println("search " + Arrays.binarySearch(expected, expected[123]) + " " + (Arrays.binarySearch(expected, 99999) < 0));
        long[] longs = {5L, -1L, Long.MAX_VALUE, 0L, Long.MIN_VALUE};
        Arrays.sort(longs);
        double[] doubles = {3.5, -0.0, Double.NaN, 0.0, Double.NEGATIVE_INFINITY, -1e-300, 1.0};
        Arrays.sort(doubles);
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry"};
        String[] natural = words.clone();
        Arrays.sort(natural);
        String[] byLength = words.clone();
        Arrays.sort(byLength, new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return a.length() != b.length() ? a.length() - b.length() : a.compareToIgnoreCase(b);
            }
        });
        System.out.println(Arrays.toString(longs) + " " + Arrays.toString(doubles));
        System.out.println(Arrays.toString(natural) + " " + Arrays.toString(byLength));
        List<Person> people = new ArrayList<>();
        String[] names = {"Mia", "Leo", "Ava", "Zoe", "Eli", "Ivy"};
        for (int i = 0; i < names.length; i++) {
            people.add(new Person(names[i], 20 + (i * 7) % 5));
        }
        Collections.sort(people);
        System.out.println("by name " + people);
        people.sort(Comparator.comparingInt(new java.util.function.ToIntFunction<Person>() {
            @Override
            public int applyAsInt(Person p) {
                return p.age;
            }
        }));
        System.out.println("by age (stable) " + people);
        Collections.reverse(people);
        System.out.println("reversed " + people + " max " + Collections.max(people) + " min " + Collections.min(people));
        char[] letters = "the quick brown fox".toCharArray();
        insertionSort(letters);
        System.out.println("letters [" + new String(letters) + "]");
    }

    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) {
            return;
        }
        int pivot = a[(lo + hi) >>> 1];
        int i = lo;
        int j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static int[] mergesort(int[] a) {
        if (a.length < 2) {
            return a;
        }
        int[] left = mergesort(Arrays.copyOfRange(a, 0, a.length / 2));
        int[] right = mergesort(Arrays.copyOfRange(a, a.length / 2, a.length));
        int[] out = new int[a.length];
        int i = 0, j = 0, k = 0;
        while (i < left.length && j < right.length) {
            out[k++] = left[i] <= right[j] ? left[i++] : right[j++];
        }
        while (i < left.length) out[k++] = left[i++];
        while (j < right.length) out[k++] = right[j++];
        return out;
    }

    static void heapsort(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) {
            siftDown(a, i, a.length);
        }
        for (int end = a.length - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            siftDown(a, 0, end);
        }
    }

    static void siftDown(int[] a, int i, int n) {
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[child + 1] > a[child]) {
                child++;
            }
            if (a[i] >= a[child]) {
                return;
            }
            int t = a[i];
            a[i] = a[child];
            a[child] = t;
            i = child;
        }
    }

    static void insertionSort(char[] a) {
        for (int i = 1; i < a.length; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
