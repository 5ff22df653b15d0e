package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of an IdentityHashMap's keys, values or entries (immutable snapshots): it walks
 * the key slots from index to fence; the fence, size estimate and expected modCount are fixed at
 * first use; a split halves the remaining slots (at a key slot) and the estimate. SIZED while
 * the estimate is the map's size; DISTINCT for keys and entries. As the JDK's.
 */
final class IdentityHashMapSpliterator<K, V, T> implements Spliterator<T> {
    private final IdentityHashMap<K, V> map;
    /** HashMapSpliterator.KEYS, VALUES or ENTRIES. */
    private final int part;
    private int index;
    /** One past the last slot; -1 until first use. */
    private int fence;
    private int est;
    private int expectedModCount;

    IdentityHashMapSpliterator(IdentityHashMap<K, V> map, int part) {
        this(map, part, 0, -1, 0, 0);
    }

    private IdentityHashMapSpliterator(IdentityHashMap<K, V> map, int part, int origin, int fence, int est,
            int expectedModCount) {
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
            fence = map.table.length;
        }
        return fence;
    }

    /** The element of the mapping whose key (non-null, masked) is at {@code a[i]}. */
    @SuppressWarnings("unchecked")
    private T element(Object[] a, int i) {
        Object key = IdentityHashMap.unmaskNull(a[i]);
        if (part == HashMapSpliterator.KEYS) {
            return (T) key;
        }
        return (T) (part == HashMapSpliterator.VALUES ? a[i + 1]
                : new AbstractMap.SimpleImmutableEntry<Object, Object>(key, a[i + 1]));
    }

    @Override
    public Spliterator<T> trySplit() {
        int hi = getFence();
        int lo = index;
        int mid = ((lo + hi) >>> 1) & ~1;
        if (lo >= mid) {
            return null;
        }
        index = mid;
        est >>>= 1;
        return new IdentityHashMapSpliterator<K, V, T>(map, part, lo, mid, est, expectedModCount);
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

    @Override
    public long estimateSize() {
        getFence();
        return (long) est;
    }

    @Override
    public int characteristics() {
        int sized = fence < 0 || est == map.size ? SIZED : 0;
        return part == HashMapSpliterator.VALUES ? sized : sized | DISTINCT;
    }
}
