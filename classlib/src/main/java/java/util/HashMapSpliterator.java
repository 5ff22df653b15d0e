package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a HashMap's keys, values or entries (and of a HashSet): it walks the table's
 * slots from index to fence, each slot's chain in order; the fence, size estimate and expected
 * modCount are fixed at first use; a split halves the remaining slots and the estimate (only
 * before a chain is half walked). SIZED while the estimate is the map's size; DISTINCT for keys
 * and entries. As the JDK's HashMap.KeySpliterator, ValueSpliterator and EntrySpliterator.
 */
final class HashMapSpliterator<K, V, T> extends TableSpliterator<T> {
    private final HashMap<K, V> map;
    private HashMap.Node<K, V> current;

    HashMapSpliterator(HashMap<K, V> map, int part) {
        this(map, part, 0, -1, 0, 0);
    }

    private HashMapSpliterator(HashMap<K, V> map, int part, int origin, int fence, int est, int expectedModCount) {
        super(part, origin, fence, est, expectedModCount);
        this.map = map;
    }

    @Override
    int mapSize() {
        return map.size;
    }

    @Override
    int mapModCount() {
        return map.modCount;
    }

    @Override
    int tableLength() {
        return map.table == null ? 0 : map.table.length;
    }

    @Override
    int splitPoint(int lo, int hi) {
        return (lo + hi) >>> 1;
    }

    @Override
    boolean splittable() {
        return current == null;
    }

    @Override
    Spliterator<T> prefix(int lo, int mid, int est, int expectedModCount) {
        return new HashMapSpliterator<K, V, T>(map, part, lo, mid, est, expectedModCount);
    }

    @SuppressWarnings("unchecked")
    private T element(HashMap.Node<K, V> p) {
        return (T) (part == KEYS ? p.key : part == VALUES ? p.value : p);
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
}
