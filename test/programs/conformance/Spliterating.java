package conformance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PrimitiveIterator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Spliterators of the collections (split shapes, estimates, characteristics, comparators,
 * fail-fast traversal), primitive spliterators and iterators (boxing and pass-through
 * consumers, Abstract*Spliterator), and the checked views with their ClassCastException messages.
 */
public class Spliterating {
    public static void main(String[] args) {
        collections();
        trees();
        failFast();
        primitives();
        checked();
    }

    /** Appends what it is given to a line. */
    static final class Line implements Consumer<Object> {
        final StringBuilder sb = new StringBuilder();

        @Override
        public void accept(Object o) {
            sb.append(o).append(' ');
        }
    }

    /** Prints a spliterator's state, then its shape after splitting twice and traversing both parts. */
    static void show(String name, Spliterator<?> s) {
        StringBuilder sb = new StringBuilder(name).append(": c=").append(Integer.toHexString(s.characteristics()))
                .append(" est=").append(s.estimateSize()).append(" exact=").append(s.getExactSizeIfKnown());
        Line first = new Line();
        s.tryAdvance(first);
        Spliterator<?> prefix = s.trySplit();
        Spliterator<?> prefix2 = s.trySplit();
        sb.append(" first=").append(first.sb).append("split=").append(prefix != null).append('/').append(prefix2 != null)
                .append(" est=").append(s.estimateSize()).append(" sized=").append(s.hasCharacteristics(Spliterator.SIZED));
        for (Spliterator<?> part : new Spliterator<?>[] {prefix, prefix2, s}) {
            if (part != null) {
                Line line = new Line();
                sb.append(" [").append(Integer.toHexString(part.characteristics())).append(' ');
                part.forEachRemaining(line);
                sb.append(line.sb).append(']');
            }
        }
        System.out.println(sb);
    }

    static void collections() {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            values.add((i * 7) % 23);
        }
        show("ArrayList", new ArrayList<>(values).spliterator());
        show("LinkedList", new LinkedList<>(values).spliterator());
        show("Vector", new Vector<>(values).spliterator());
        ArrayDeque<Integer> deque = new ArrayDeque<>(values);
        deque.addFirst(-1);
        deque.addFirst(-2);
        show("ArrayDeque", deque.spliterator());
        show("PriorityQueue", new PriorityQueue<>(values).spliterator());
        show("nCopies", Collections.nCopies(5, "x").spliterator());
        show("nCopies(0)", Collections.nCopies(0, "x").spliterator());
        show("Arrays.asList", Arrays.asList(3, 1, 2).spliterator());
        show("HashMap.keySet", new HashMap<>(Map.of(1, "a", 2, "b", 3, "c")).keySet().spliterator());
        show("LinkedList.subList", new LinkedList<>(values).subList(2, 9).spliterator());
        show("emptySpliterator", Spliterators.emptySpliterator());
        show("iterator spliterator", Spliterators.spliterator(values.iterator(), 23, Spliterator.ORDERED));
        show("unknown size", Spliterators.spliteratorUnknownSize(values.iterator(), Spliterator.NONNULL));
        Collection<Integer> view = Collections.unmodifiableCollection(values);
        System.out.println("unmodifiable est=" + view.spliterator().estimateSize());
    }

    static void trees() {
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            map.put((i * 11) % 20, "v" + i);
        }
        show("TreeMap.keySet", map.keySet().spliterator());
        show("TreeMap.values", map.values().spliterator());
        show("TreeMap.entrySet", map.entrySet().spliterator());
        show("TreeMap.descendingKeySet", map.descendingKeySet().spliterator());
        show("TreeMap.headMap.keySet", map.headMap(12).keySet().spliterator());
        show("TreeMap.descendingMap.headMap.keySet", map.descendingMap().headMap(12).keySet().spliterator());
        TreeSet<String> set = new TreeSet<>(Comparator.reverseOrder());
        Collections.addAll(set, "kiwi", "apple", "fig", "pear", "lime", "date", "plum");
        show("TreeSet", set.spliterator());
        show("TreeSet.descendingSet", set.descendingSet().spliterator());
        show("TreeSet.subSet", set.subSet("pear", "date").spliterator());
        System.out.println("key comparator " + (map.keySet().spliterator().getComparator() == null));
        Comparator<? super Map.Entry<Integer, String>> byKey = map.entrySet().spliterator().getComparator();
        System.out.println("entry comparator " + byKey.compare(Map.entry(1, "x"), Map.entry(2, "y")));
        System.out.println("set comparator " + set.spliterator().getComparator().compare("a", "b"));
        for (Spliterator<?> s : new Spliterator<?>[] {map.values().spliterator(), set.descendingSet().spliterator(),
            set.headSet("fig").spliterator()}) {
            try {
                Comparator<?> c = s.getComparator();
                System.out.println("comparator " + (c == null ? "natural" : c.getClass() == set.comparator().getClass()));
            } catch (IllegalStateException e) {
                System.out.println("no comparator: " + e);
            }
        }
    }

    static void failFast() {
        List<Collection<Integer>> sources = List.of(new ArrayList<>(List.of(1, 2, 3)), new LinkedList<>(List.of(1, 2, 3)),
                new Vector<>(List.of(1, 2, 3)), new PriorityQueue<>(List.of(1, 2, 3)), new TreeSet<>(List.of(1, 2, 3)));
        for (Collection<Integer> c : sources) {
            Spliterator<Integer> s = c.spliterator();
            Line line = new Line();
            s.tryAdvance(line);
            c.add(9);
            try {
                s.forEachRemaining(line);
                System.out.println("no failure " + line.sb);
            } catch (ConcurrentModificationException e) {
                System.out.println("fail-fast after " + line.sb + e);
            }
        }
        ArrayDeque<Integer> deque = new ArrayDeque<>(List.of(1, 2, 3));
        Spliterator<Integer> s = deque.spliterator();
        s.estimateSize();
        deque.pollFirst();
        try {
            s.tryAdvance(new Line());
        } catch (ConcurrentModificationException e) {
            System.out.println("deque " + e);
        }
    }

    /** An IntConsumer that is also a Consumer: primitive spliterators hand it ints unboxed. */
    static final class Both implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {
        final StringBuilder sb = new StringBuilder();

        @Override
        public void accept(Object o) {
            sb.append("boxed:").append(o).append(' ');
        }

        @Override
        public void accept(int v) {
            sb.append("int:").append(v).append(' ');
        }

        @Override
        public void accept(long v) {
            sb.append("long:").append(v).append(' ');
        }

        @Override
        public void accept(double v) {
            sb.append("double:").append(v).append(' ');
        }
    }

    static void primitives() {
        int[] ints = {5, 3, 9, 1, 7, 2, 8};
        Spliterator.OfInt si = Arrays.spliterator(ints, 1, 6);
        Both both = new Both();
        Line boxed = new Line();
        si.tryAdvance((IntConsumer) both);
        si.tryAdvance((Consumer<Object>) both);
        si.tryAdvance(boxed);
        Spliterator.OfInt half = si.trySplit();
        System.out.println("int c=" + Integer.toHexString(si.characteristics()) + " est=" + si.estimateSize() + " split="
                + (half == null ? "none" : Long.toString(half.estimateSize())) + " " + both.sb + "/ " + boxed.sb);
        si.forEachRemaining((Consumer<Object>) both);
        System.out.println("rest " + both.sb);
        Spliterator.OfLong sl = Spliterators.spliterator(new long[] {1L << 40, -2, 3}, Spliterator.SORTED);
        Line longs = new Line();
        sl.forEachRemaining(longs);
        System.out.println("long c=" + Integer.toHexString(sl.characteristics()) + " " + longs.sb + "comparator "
                + sl.getComparator());
        Spliterator.OfDouble sd = Arrays.spliterator(new double[] {0.5, -0.0, Double.NaN, 1e300});
        PrimitiveIterator.OfDouble it = Spliterators.iterator(sd);
        StringBuilder doubles = new StringBuilder();
        while (it.hasNext()) {
            doubles.append(it.nextDouble()).append(' ');
        }
        System.out.println("doubles " + doubles + "next " + tryNext(it));
        PrimitiveIterator.OfInt counter = new PrimitiveIterator.OfInt() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 2500;
            }

            @Override
            public int nextInt() {
                return n++;
            }
        };
        Spliterator.OfInt batches = Spliterators.spliterator(counter, 2500, 0);
        StringBuilder sizes = new StringBuilder();
        for (Spliterator.OfInt b = batches.trySplit(); b != null; b = batches.trySplit()) {
            sizes.append(b.estimateSize()).append(' ');
        }
        System.out.println("batches " + sizes + "left " + batches.estimateSize());
        Spliterator.OfLong generated = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE, Spliterator.ORDERED) {
            long next = 1;

            @Override
            public boolean tryAdvance(LongConsumer action) {
                if (next > 3000) {
                    return false;
                }
                action.accept(next);
                next *= 3;
                return true;
            }
        };
        Spliterator.OfLong prefix = generated.trySplit();
        Line powers = new Line();
        prefix.forEachRemaining(powers);
        System.out.println("abstract c=" + Integer.toHexString(prefix.characteristics()) + " " + powers.sb + "rest "
                + generated.estimateSize() + " " + generated.tryAdvance((LongConsumer) both));
        Spliterator.OfInt empty = Spliterators.emptyIntSpliterator();
        System.out.println("empty " + empty.tryAdvance(boxed) + " " + empty.estimateSize() + " "
                + Integer.toHexString(empty.characteristics()));
        try {
            Arrays.spliterator(ints).tryAdvance((Consumer<Integer>) null);
        } catch (NullPointerException e) {
            System.out.println("null consumer: NullPointerException");
        }
    }

    static String tryNext(PrimitiveIterator.OfDouble it) {
        try {
            return String.valueOf(it.next());
        } catch (java.util.NoSuchElementException e) {
            return e.toString();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void checked() {
        List<String> strings = Collections.checkedList(new ArrayList<>(List.of("a", "b")), String.class);
        List raw = strings;
        attempt(() -> raw.add(42));
        attempt(() -> raw.add(0, 'c'));
        attempt(() -> raw.addAll(List.of("x", 7, "y")));
        attempt(() -> raw.listIterator().add(1.5));
        attempt(() -> raw.set(0, null));
        System.out.println("list " + strings + " equals " + strings.equals(List.of("a", "b")) + " hash "
                + (strings.hashCode() == List.of("a", "b").hashCode()));
        Queue<Integer> queue = Collections.checkedQueue(new ArrayDeque<>(), Integer.class);
        attempt(() -> ((Queue) queue).offer("no"));
        queue.offer(4);
        System.out.println("queue " + queue + " peek " + queue.peek());
        NavigableSet<Integer> nav = Collections.checkedNavigableSet(new TreeSet<>(List.of(3, 1, 2)), Integer.class);
        attempt(() -> ((Set) nav.headSet(2)).add("s"));
        attempt(() -> ((Set) nav.descendingSet()).add(new int[0]));
        System.out.println("set " + nav.descendingSet() + " " + nav.ceiling(2));
        Map<String, Integer> map = Collections.checkedMap(new HashMap<>(), String.class, Integer.class);
        Map rawMap = map;
        attempt(() -> rawMap.put(1, 1));
        attempt(() -> rawMap.put("k", "v"));
        attempt(() -> rawMap.putAll(Map.of("a", 1, "b", "two")));
        map.put("k", 1);
        attempt(() -> ((Map.Entry) rawMap.entrySet().iterator().next()).setValue(2.5));
        attempt(() -> rawMap.compute("k", (k, v) -> "x"));
        System.out.println("merge " + rawMap.merge("m", "unchecked", (a, b) -> a) + " " + new TreeMap<>(map));
        NavigableMap<Integer, String> tree = Collections.checkedNavigableMap(new TreeMap<>(Map.of(1, "a", 2, "b")),
                Integer.class, String.class);
        attempt(() -> ((Map.Entry) tree.firstEntry()).setValue(3));
        attempt(() -> ((Set) tree.navigableKeySet()).add("k"));
        attempt(() -> ((Map) tree.descendingMap()).put(3, 3));
        System.out.println("tree " + tree + " " + tree.descendingMap() + " entrySet equals "
                + tree.entrySet().equals(Map.of(1, "a", 2, "b").entrySet()));
        Collection<Object> any = Collections.checkedCollection(new ArrayList<>(), Object.class);
        any.add(new int[0].length);
        Collection<Number> numbers = Collections.checkedCollection(new ArrayList<>(), Number.class);
        attempt(() -> ((Collection) numbers).add("1"));
        attempt(() -> ((Collection) Collections.checkedSet(new TreeSet<>(), Comparable.class)).add(new Object()));
        attempt(() -> Collections.checkedList(null, String.class));
        attempt(() -> Collections.checkedList(new ArrayList<>(), null));
        System.out.println("any " + any + " numbers " + numbers);
    }

    static void attempt(Runnable r) {
        try {
            r.run();
            System.out.println("accepted");
        } catch (ClassCastException | NullPointerException | UnsupportedOperationException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
