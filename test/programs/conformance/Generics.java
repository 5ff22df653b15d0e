package conformance;

import java.util.ArrayList;
import java.util.List;

/** Generics: generic classes and methods, bounded types, wildcards, bridge methods, erasure with casts, a generic linked stack and pair. */
public class Generics {
    static final class Stack<T> {
        private Object[] items = new Object[2];
        private int size;

        void push(T item) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = item;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) {
                throw new IllegalStateException("empty stack");
            }
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        @Override
        public String toString() {
            return "<" + first + ", " + second + ">";
        }
    }

    interface Transformer<F, T> {
        T apply(F from);
    }

    static class Lengths implements Transformer<String, Integer> {
        public Integer apply(String s) {
            return s.length();
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> items) {
        T best = null;
        for (T t : items) {
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static double sum(List<? extends Number> numbers) {
        double s = 0;
        for (Number n : numbers) {
            s += n.doubleValue();
        }
        return s;
    }

    static void fill(List<? super Integer> out, int n) {
        for (int i = 0; i < n; i++) {
            out.add(i * i);
        }
    }

    static <F, T> List<T> map(List<F> in, Transformer<? super F, ? extends T> f) {
        List<T> out = new ArrayList<>();
        for (F x : in) {
            out.add(f.apply(x));
        }
        return out;
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            out.add(t);
        }
        return out;
    }

    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        for (String s : new String[] {"a", "b", "c", "d", "e"}) {
            stack.push(s);
        }
        StringBuilder popped = new StringBuilder();
        while (!stack.isEmpty()) {
            popped.append(stack.pop());
        }
        System.out.println("stack " + popped);
        try {
            stack.pop();
        } catch (IllegalStateException e) {
            System.out.println("empty: " + e.getMessage());
        }
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + p.withSecond(p));
        List<String> words = listOf("kiwi", "banana", "fig", "cherry");
        System.out.println("max " + max(words) + " " + max(listOf(3, 9, -2)) + " lengths " + map(words, new Lengths()));
        List<Number> numbers = new ArrayList<>();
        fill(numbers, 5);
        numbers.add(0.5);
        System.out.println("numbers " + numbers + " sum " + sum(numbers));
        Transformer<String, Integer> raw = new Lengths();
        @SuppressWarnings({"rawtypes", "unchecked"})
        Transformer<Object, Object> erased = (Transformer) raw;
        try {
            erased.apply(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed as expected");
        }
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nested.add(listOf(i, i + 1));
        }
        System.out.println("nested " + nested);
        Stack<int[]> arrays = new Stack<>();
        arrays.push(new int[] {1, 2});
        System.out.println("array element " + arrays.pop()[1]);
    }
}
