package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A view of the keys of a TreeMap between optional bounds, ascending or descending. Operations
 * check the bounds (IllegalArgumentException "key out of range" for insertions outside them) and
 * act on the backing map. "abs" methods are in the map's own order; the "sub" ones in the view's.
 * The bounds (lo, hi) are in the map's order whatever the view's direction.
 */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = -2102997345730753016L;
    /** The fence key of an unbounded iteration, never equal (==) to a real key. */
    private static final Object UNBOUNDED = new Object();

    final TreeMap<K, V> m;
    final K lo;
    final K hi;
    final boolean fromStart;
    final boolean toEnd;
    final boolean loInclusive;
    final boolean hiInclusive;
    transient NavigableMap<K, V> descendingMapView;
    transient EntrySetView entrySetView;
    transient TreeMapViews.KeySet<K> navigableKeySetView;
    /** Whether the view runs against the map's order. */
    private final boolean descending;
    /** The view's comparator when descending (the map's reversed), else null. */
    private final Comparator<? super K> reverseComparator;

    TreeSubMap(TreeMap<K, V> m, boolean descending, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
            boolean hiInclusive) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
        this.reverseComparator = descending ? Collections.reverseOrder(m.comparator) : null;
    }

    // ---- bounds ----

    final boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            if (c < 0 || (c == 0 && !loInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            if (c > 0 || (c == 0 && !hiInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    final boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    final boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // ---- navigation in the map's order ----

    final TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry() : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
        return e == null || tooHigh(e.key) ? null : e;
    }

    final TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
        return e == null || tooLow(e.key) ? null : e;
    }

    final TreeMap.Entry<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return e == null || tooHigh(e.key) ? null : e;
    }

    final TreeMap.Entry<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return e == null || tooHigh(e.key) ? null : e;
    }

    final TreeMap.Entry<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return e == null || tooLow(e.key) ? null : e;
    }

    final TreeMap.Entry<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return e == null || tooLow(e.key) ? null : e;
    }

    /** The entry just above the range (where an ascending walk stops), or null. */
    final TreeMap.Entry<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
    }

    /** The entry just below the range (where a descending walk stops), or null. */
    final TreeMap.Entry<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
    }

    // ---- navigation in the view's order ----

    TreeMap.Entry<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    TreeMap.Entry<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    TreeMap.Entry<K, V> subCeiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    TreeMap.Entry<K, V> subHigher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    TreeMap.Entry<K, V> subFloor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    TreeMap.Entry<K, V> subLower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    Iterator<K> keyIterator() {
        return keyIterator(descending);
    }

    Iterator<K> descendingKeyIterator() {
        return keyIterator(!descending);
    }

    /** The key iterator, which is also the keys' spliterator (as the JDK's). */
    @SuppressWarnings("unchecked")
    Spliterator<K> keySpliterator() {
        return (Spliterator<K>) keyIterator(descending);
    }

    /** The keys in range, against the map's order if {@code reverse}. */
    private Iterator<K> keyIterator(boolean reverse) {
        return reverse ? new SubMapKeyIterator(absHighest(), absLowFence(), true)
                : new SubMapKeyIterator(absLowest(), absHighFence(), false);
    }

    // ---- map operations ----

    @Override
    public boolean isEmpty() {
        return fromStart && toEnd ? m.isEmpty() : entrySet().isEmpty();
    }

    @Override
    public int size() {
        return fromStart && toEnd ? m.size() : entrySet().size();
    }

    @Override
    public final boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    @Override
    public final V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.putIfAbsent(key, value);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.merge(key, value, remappingFunction);
    }

    /** Outside the range a null result is allowed (as the Map default would), else out of range. */
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (!inRange(key)) {
            if (mappingFunction.apply(key) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (!inRange(key)) {
            if (remappingFunction.apply(key, null) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.compute(key, remappingFunction);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return !inRange(key) ? null : m.computeIfPresent(key, remappingFunction);
    }

    @Override
    public final V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    @Override
    public final V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    @Override
    public final Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(subCeiling(key));
    }

    @Override
    public final K ceilingKey(K key) {
        return TreeMap.keyOrNull(subCeiling(key));
    }

    @Override
    public final Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(subHigher(key));
    }

    @Override
    public final K higherKey(K key) {
        return TreeMap.keyOrNull(subHigher(key));
    }

    @Override
    public final Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(subFloor(key));
    }

    @Override
    public final K floorKey(K key) {
        return TreeMap.keyOrNull(subFloor(key));
    }

    @Override
    public final Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(subLower(key));
    }

    @Override
    public final K lowerKey(K key) {
        return TreeMap.keyOrNull(subLower(key));
    }

    @Override
    public final K firstKey() {
        return TreeMap.key(subLowest());
    }

    @Override
    public final K lastKey() {
        return TreeMap.key(subHighest());
    }

    @Override
    public final Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(subLowest());
    }

    @Override
    public final Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(subHighest());
    }

    @Override
    public final Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Entry<K, V> e = subLowest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    @Override
    public final Map.Entry<K, V> pollLastEntry() {
        TreeMap.Entry<K, V> e = subHighest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    @Override
    public final NavigableSet<K> navigableKeySet() {
        TreeMapViews.KeySet<K> nksv = navigableKeySetView;
        if (nksv == null) {
            nksv = new TreeMapViews.KeySet<K>(this);
            navigableKeySetView = nksv;
        }
        return nksv;
    }

    @Override
    public final Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public final SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public final SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public final SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView es = entrySetView;
        if (es == null) {
            es = new EntrySetView(isDescending());
            entrySetView = es;
        }
        return es;
    }

    boolean isDescending() {
        return descending;
    }

    /** The entries in range; size counts them, recounting after any change to the map. */
    final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        private final boolean descending;
        private transient int size = -1;
        private transient int sizeModCount;

        EntrySetView(boolean descending) {
            this.descending = descending;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return descending ? new SubMapEntryIterator(absHighest(), absLowFence(), true)
                    : new SubMapEntryIterator(absLowest(), absHighFence(), false);
        }

        @Override
        public int size() {
            if (fromStart && toEnd) {
                return m.size();
            }
            if (size == -1 || sizeModCount != m.modCount) {
                sizeModCount = m.modCount;
                size = 0;
                Iterator<?> i = iterator();
                while (i.hasNext()) {
                    size++;
                    i.next();
                }
            }
            return size;
        }

        @Override
        public boolean isEmpty() {
            TreeMap.Entry<K, V> n = absLowest();
            return n == null || tooHigh(n.key);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<?, ?> node = m.getEntry(key);
            return node != null && TreeMap.valEquals(node.getValue(), entry.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<K, V> node = m.getEntry(key);
            if (node != null && TreeMap.valEquals(node.getValue(), entry.getValue())) {
                m.deleteEntry(node);
                return true;
            }
            return false;
        }
    }

    /** Walks nodes from first up to (not including) the fence, by key identity. */
    abstract class SubMapIterator<T> implements Iterator<T> {
        TreeMap.Entry<K, V> lastReturned;
        TreeMap.Entry<K, V> next;
        final Object fenceKey;
        int expectedModCount;

        SubMapIterator(TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence) {
            expectedModCount = m.modCount;
            lastReturned = null;
            next = first;
            fenceKey = fence == null ? UNBOUNDED : fence.key;
        }

        @Override
        public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        final TreeMap.Entry<K, V> nextEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.successor(e);
            lastReturned = e;
            return e;
        }

        final TreeMap.Entry<K, V> prevEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.predecessor(e);
            lastReturned = e;
            return e;
        }

        final void removeAscending() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }

        final void removeDescending() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }

    final class SubMapEntryIterator extends SubMapIterator<Map.Entry<K, V>> {
        private final boolean descending;

        SubMapEntryIterator(TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            super(first, fence);
            this.descending = descending;
        }

        @Override
        public Map.Entry<K, V> next() {
            return descending ? prevEntry() : nextEntry();
        }

        @Override
        public void remove() {
            if (descending) {
                removeDescending();
            } else {
                removeAscending();
            }
        }
    }

    /**
     * The keys in range, ascending or descending; also their spliterator, as the JDK's
     * SubMapKeyIterator and DescendingSubMapKeyIterator: never splits, estimates Long.MAX_VALUE,
     * DISTINCT and ORDERED, and when ascending SORTED by this view's comparator.
     */
    final class SubMapKeyIterator extends SubMapIterator<K> implements Spliterator<K> {
        private final boolean descending;

        SubMapKeyIterator(TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            super(first, fence);
            this.descending = descending;
        }

        @Override
        public K next() {
            return (descending ? prevEntry() : nextEntry()).key;
        }

        /** No null check up front: a null action fails only after next(), as the JDK's. */
        @Override
        public void forEachRemaining(java.util.function.Consumer<? super K> action) {
            while (hasNext()) {
                action.accept(next());
            }
        }

        @Override
        public boolean tryAdvance(java.util.function.Consumer<? super K> action) {
            if (hasNext()) {
                action.accept(next());
                return true;
            }
            return false;
        }

        @Override
        public Spliterator<K> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return Long.MAX_VALUE;
        }

        @Override
        public int characteristics() {
            return descending ? DISTINCT | ORDERED : DISTINCT | ORDERED | SORTED;
        }

        @Override
        public Comparator<? super K> getComparator() {
            if (descending) {
                throw new IllegalStateException();
            }
            return TreeSubMap.this.comparator();
        }

        @Override
        public void remove() {
            if (descending) {
                removeDescending();
            } else {
                removeAscending();
            }
        }
    }

    // ---- views ----

    @Override
    public Comparator<? super K> comparator() {
        return descending ? reverseComparator : m.comparator();
    }

    /**
     * A view in this one's direction from one bound to the other, each given in this view's order
     * (start: whether it has none, else its key and inclusiveness).
     */
    private NavigableMap<K, V> view(boolean fromStart, K from, boolean fromInclusive, boolean toEnd, K to,
            boolean toInclusive) {
        return descending ? new TreeSubMap<K, V>(m, true, toEnd, to, toInclusive, fromStart, from, fromInclusive)
                : new TreeSubMap<K, V>(m, false, fromStart, from, fromInclusive, toEnd, to, toInclusive);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return view(false, fromKey, fromInclusive, false, toKey, toInclusive);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending ? view(toEnd, hi, hiInclusive, false, toKey, inclusive)
                : view(fromStart, lo, loInclusive, false, toKey, inclusive);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        return descending ? view(false, fromKey, inclusive, fromStart, lo, loInclusive)
                : view(false, fromKey, inclusive, toEnd, hi, hiInclusive);
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> mv = descendingMapView;
        if (mv == null) {
            mv = new TreeSubMap<K, V>(m, !descending, fromStart, lo, loInclusive, toEnd, hi, hiInclusive);
            descendingMapView = mv;
        }
        return mv;
    }
}
