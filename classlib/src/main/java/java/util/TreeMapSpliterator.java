package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a TreeMap's keys (ascending, or descending for the map's own descending
 * view), values or entries, as the JDK's TreeMap.KeySpliterator, DescendingKeySpliterator,
 * ValueSpliterator and EntrySpliterator. It walks nodes from current up to (not including) the
 * fence node; the start, estimate and expected modCount are bound at first use (the estimate is
 * -1 or -2 until then). The first split cuts at the root, later ones at the child of the current
 * node or of the fence on the side that was split off, so both halves keep half the estimate; a
 * split is refused unless the cut lies strictly beyond current in the walk's order (one comparison
 * of keys). SIZED only while unsplit; keys and entries DISTINCT, ascending keys and entries SORTED
 * by the map's comparator; tryAdvance checks modCount after each element, forEachRemaining once
 * at the end.
 */
final class TreeMapSpliterator<K, V, T> implements Spliterator<T> {
    private static final int UNBOUND_ASCENDING = -1;
    private static final int UNBOUND_DESCENDING = -2;

    private final TreeMap<K, V> tree;
    /** TableSpliterator.KEYS, VALUES or ENTRIES. */
    private final int part;
    private final boolean descending;
    private TreeMap.Entry<K, V> current;
    private TreeMap.Entry<K, V> fence;
    /** 0 while unsplit, 1 after this one split, -1 for a split-off prefix. */
    private int side;
    private int est;
    private int expectedModCount;

    private TreeMapSpliterator(TreeMap<K, V> tree, int part, boolean descending, TreeMap.Entry<K, V> origin,
            TreeMap.Entry<K, V> fence, int side, int est, int expectedModCount) {
        this.tree = tree;
        this.part = part;
        this.descending = descending;
        this.current = origin;
        this.fence = fence;
        this.side = side;
        this.est = est;
        this.expectedModCount = expectedModCount;
    }

    /** A late-binding spliterator over all of the tree, in its order or (keys only) against it. */
    static <K, V, T> Spliterator<T> of(TreeMap<K, V> tree, int part, boolean descending) {
        return new TreeMapSpliterator<K, V, T>(tree, part, descending, null, null, 0,
                descending ? UNBOUND_DESCENDING : UNBOUND_ASCENDING, 0);
    }

    private int getEstimate() {
        int s = est;
        if (s < 0) {
            current = s == UNBOUND_ASCENDING ? tree.getFirstEntry() : tree.getLastEntry();
            s = tree.size;
            est = s;
            expectedModCount = tree.modCount;
        }
        return s;
    }

    @Override
    public long estimateSize() {
        return (long) getEstimate();
    }

    private TreeMap.Entry<K, V> step(TreeMap.Entry<K, V> e) {
        return descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
    }

    @SuppressWarnings("unchecked")
    private T element(TreeMap.Entry<K, V> e) {
        return (T) (part == TableSpliterator.KEYS ? e.key : part == TableSpliterator.VALUES ? e.value : e);
    }

    /** Where a split would cut: the root, or a child on the side this one was split from. */
    private TreeMap.Entry<K, V> cut(TreeMap.Entry<K, V> e, TreeMap.Entry<K, V> f) {
        int d = side;
        if (e == null || e == f) {
            return null;
        }
        if (d == 0) {
            return tree.root;
        }
        if (descending) {
            return d < 0 ? e.left : f != null ? f.right : null;
        }
        return d > 0 ? e.right : f != null ? f.left : null;
    }

    @Override
    public Spliterator<T> trySplit() {
        if (est < 0) {
            getEstimate();
        }
        TreeMap.Entry<K, V> e = current;
        TreeMap.Entry<K, V> f = fence;
        TreeMap.Entry<K, V> s = cut(e, f);
        if (s != null && s != e && s != f && beyond(tree.compare(e.key, s.key))) {
            side = 1;
            current = s;
            est >>>= 1;
            return new TreeMapSpliterator<K, V, T>(tree, part, descending, e, s, -1, est, expectedModCount);
        }
        return null;
    }

    /** Whether a comparison of current's key with the cut's says the cut lies ahead in this walk. */
    private boolean beyond(int comparison) {
        return descending ? comparison > 0 : comparison < 0;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (est < 0) {
            getEstimate();
        }
        TreeMap.Entry<K, V> f = fence;
        TreeMap.Entry<K, V> e = current;
        if (e != null && e != f) {
            current = f;
            do {
                action.accept(element(e));
                e = step(e);
            } while (e != null && e != f);
            if (tree.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (est < 0) {
            getEstimate();
        }
        TreeMap.Entry<K, V> e = current;
        if (e == null || e == fence) {
            return false;
        }
        current = step(e);
        action.accept(element(e));
        if (tree.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        return true;
    }

    @Override
    public int characteristics() {
        int sized = side == 0 ? SIZED : 0;
        if (part == TableSpliterator.VALUES) {
            return sized | ORDERED;
        }
        return descending ? sized | DISTINCT | ORDERED : sized | DISTINCT | SORTED | ORDERED;
    }

    /** Ascending keys: the map's comparator; entries: one by key; otherwise not SORTED. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<? super T> getComparator() {
        if (descending || part == TableSpliterator.VALUES) {
            throw new IllegalStateException();
        }
        if (part == TableSpliterator.KEYS) {
            return (Comparator<? super T>) tree.comparator;
        }
        Comparator byKey = tree.comparator != null ? Map.Entry.comparingByKey(tree.comparator)
                : Map.Entry.comparingByKey();
        return (Comparator<? super T>) byKey;
    }
}
