package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of an IdentityHashMap's keys, values or entries (immutable snapshots): it walks
 * the key slots from index to fence; the fence, size estimate and expected modCount are fixed at
 * first use; a split halves the remaining slots (at a key slot) and the estimate. SIZED while
 * the estimate is the map's size; DISTINCT for keys and entries. As the JDK's.
 */
final class IdentityHashMapSpliterator<K, V, T> extends TableSpliterator<T> {
    private final IdentityHashMap<K, V> map;

    IdentityHashMapSpliterator(IdentityHashMap<K, V> map, int part) {
        this(map, part, 0, -1, 0, 0);
    }

    private IdentityHashMapSpliterator(IdentityHashMap<K, V> map, int part, int origin, int fence, int est,
            int expectedModCount) {
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
        return map.table.length;
    }

    /** The middle, rounded down to a key slot. */
    @Override
    int splitPoint(int lo, int hi) {
        return ((lo + hi) >>> 1) & ~1;
    }

    @Override
    boolean splittable() {
        return true;
    }

    @Override
    Spliterator<T> prefix(int lo, int mid, int est, int expectedModCount) {
        return new IdentityHashMapSpliterator<K, V, T>(map, part, lo, mid, est, expectedModCount);
    }

    /** The element of the mapping whose key (non-null, masked) is at {@code a[i]}. */
    @SuppressWarnings("unchecked")
    private T element(Object[] a, int i) {
        Object key = IdentityHashMap.unmaskNull(a[i]);
        if (part == KEYS) {
            return (T) key;
        }
        return (T) (part == VALUES ? a[i + 1]
                : new AbstractMap.SimpleImmutableEntry<Object, Object>(key, a[i + 1]));
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Object[] a = map.table;
        int i = index;
        if (a != null && i >= 0) {
            int hi = getFence();
            index = hi;
            if (hi <= a.length) {
                for (; i < hi; i += 2) {
                    if (a[i] != null) {
                        action.accept(element(a, i));
                    }
                }
                if (map.modCount == expectedModCount) {
                    return;
                }
            }
        }
        throw new ConcurrentModificationException();
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Object[] a = map.table;
        int hi = getFence();
        while (index < hi) {
            int i = index;
            index += 2;
            if (a[i] != null) {
                action.accept(element(a, i));
                if (map.modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
                return true;
            }
        }
        return false;
    }
}
