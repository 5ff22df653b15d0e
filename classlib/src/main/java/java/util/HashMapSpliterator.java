package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a HashMap's keys, values or entries (and of a HashSet): it walks the table's
 * slots from index to fence, each slot's chain in order; the fence, size estimate and expected
 * modCount are fixed at first use; a split halves the remaining slots and the estimate (only
 * before a chain is half walked). SIZED while the estimate is the map's size; DISTINCT for keys
 * and entries. As the JDK's HashMap.KeySpliterator, ValueSpliterator and EntrySpliterator.
 */
final class HashMapSpliterator<K, V, T> implements Spliterator<T> {
    /** What an element is: the node's key, its value, or the node (the entry). */
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    private final HashMap<K, V> map;
    private final int part;
    private HashMap.Node<K, V> current;
    private int index;
    /** One past the last slot; -1 until first use. */
    private int fence;
    private int est;
    private int expectedModCount;

    HashMapSpliterator(HashMap<K, V> map, int part) {
        this(map, part, 0, -1, 0, 0);
    }

    private HashMapSpliterator(HashMap<K, V> map, int part, int origin, int fence, int est, int expectedModCount) {
        this.map = map;
        this.part = part;
        this.index = origin;
        this.fence = fence;
        this.est = est;
        this.expectedModCount = expectedModCount;
    }

    private int getFence() {
        if (fence < 0) {
            est = map.size;
            expectedModCount = map.modCount;
            HashMap.Node<K, V>[] tab = map.table;
            fence = tab == null ? 0 : tab.length;
        }
        return fence;
    }

    @SuppressWarnings("unchecked")
    private T element(HashMap.Node<K, V> p) {
        return (T) (part == KEYS ? p.key : part == VALUES ? p.value : p);
    }

    @Override
    public Spliterator<T> trySplit() {
        int hi = getFence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid || current != null) {
            return null;
        }
        index = mid;
        est >>>= 1;
        return new HashMapSpliterator<K, V, T>(map, part, lo, mid, est, expectedModCount);
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        HashMap.Node<K, V>[] tab = map.table;
        int hi = fence;
        int mc;
        if (hi < 0) {
            mc = map.modCount;
            expectedModCount = mc;
            hi = tab == null ? 0 : tab.length;
            fence = hi;
        } else {
            mc = expectedModCount;
        }
        int i = index;
        if (tab == null || tab.length < hi || i < 0) {
            return;
        }
        index = hi;
        if (i >= hi && current == null) {
            return;
        }
        HashMap.Node<K, V> p = current;
        current = null;
        do {
            if (p == null) {
                p = tab[i++];
            } else {
                action.accept(element(p));
                p = p.next;
            }
        } while (p != null || i < hi);
        if (map.modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        HashMap.Node<K, V>[] tab = map.table;
        int hi;
        if (tab == null || tab.length < (hi = getFence()) || index < 0) {
            return false;
        }
        while (current != null || index < hi) {
            if (current == null) {
                current = tab[index++];
            } else {
                HashMap.Node<K, V> p = current;
                current = current.next;
                action.accept(element(p));
                if (map.modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public long estimateSize() {
        getFence();
        return (long) est;
    }

    @Override
    public int characteristics() {
        int sized = fence < 0 || est == map.size ? SIZED : 0;
        return part == VALUES ? sized : sized | DISTINCT;
    }
}
