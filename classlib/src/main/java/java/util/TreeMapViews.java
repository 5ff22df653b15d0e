package java.util;

/**
 * The views of a TreeMap and of its submaps: the navigable key set (over any NavigableMap of this
 * library), the values, the entry set, and the fail-fast iterators over tree nodes. Removing
 * through an iterator the node it just returned, when that node has two children, leaves the
 * successor's contents in it, so the iterator continues from that node.
 */
final class TreeMapViews {
    private TreeMapViews() {
    }

    /** Walks nodes in order from {@code first}; NoSuchElementException is checked before modCount. */
    abstract static class NodeIterator<K, V, T> implements Iterator<T> {
        final TreeMap<K, V> map;
        TreeMap.Entry<K, V> next;
        TreeMap.Entry<K, V> lastReturned;
        int expectedModCount;

        NodeIterator(TreeMap<K, V> map, TreeMap.Entry<K, V> first) {
            this.map = map;
            this.expectedModCount = map.modCount;
            this.next = first;
        }

        @Override
        public final boolean hasNext() {
            return next != null;
        }

        final TreeMap.Entry<K, V> nextEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.successor(e);
            lastReturned = e;
            return e;
        }

        final TreeMap.Entry<K, V> prevEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.predecessor(e);
            lastReturned = e;
            return e;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            map.deleteEntry(lastReturned);
            expectedModCount = map.modCount;
            lastReturned = null;
        }
    }

    static final class EntryIterator<K, V> extends NodeIterator<K, V, Map.Entry<K, V>> {
        EntryIterator(TreeMap<K, V> map, TreeMap.Entry<K, V> first) {
            super(map, first);
        }

        @Override
        public Map.Entry<K, V> next() {
            return nextEntry();
        }
    }

    static final class ValueIterator<K, V> extends NodeIterator<K, V, V> {
        ValueIterator(TreeMap<K, V> map, TreeMap.Entry<K, V> first) {
            super(map, first);
        }

        @Override
        public V next() {
            return nextEntry().value;
        }
    }

    static final class KeyIterator<K, V> extends NodeIterator<K, V, K> {
        KeyIterator(TreeMap<K, V> map, TreeMap.Entry<K, V> first) {
            super(map, first);
        }

        @Override
        public K next() {
            return nextEntry().key;
        }
    }

    /** Backwards; its remove never needs to step back onto the removed node. */
    static final class DescendingKeyIterator<K, V> extends NodeIterator<K, V, K> {
        DescendingKeyIterator(TreeMap<K, V> map, TreeMap.Entry<K, V> first) {
            super(map, first);
        }

        @Override
        public K next() {
            return prevEntry().key;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            map.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = map.modCount;
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final TreeMap<K, V> map;

        Values(TreeMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<K, V>(map, map.getFirstEntry());
        }

        @Override
        public Spliterator<V> spliterator() {
            return TreeMapSpliterator.of(map, TableSpliterator.VALUES, false);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            for (TreeMap.Entry<K, V> e = map.getFirstEntry(); e != null; e = TreeMap.successor(e)) {
                if (TreeMap.valEquals(e.getValue(), o)) {
                    map.deleteEntry(e);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final TreeMap<K, V> map;

        EntrySet(TreeMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<K, V>(map, map.getFirstEntry());
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return TreeMapSpliterator.of(map, TableSpliterator.ENTRIES, false);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = map.getEntry(entry.getKey());
            return p != null && TreeMap.valEquals(p.getValue(), value);
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = map.getEntry(entry.getKey());
            if (p != null && TreeMap.valEquals(p.getValue(), value)) {
                map.deleteEntry(p);
                return true;
            }
            return false;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    /** The keys of a TreeMap or of one of its submaps, as a NavigableSet backed by the map. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) {
            m = map;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            if (m instanceof TreeMap) {
                return ((TreeMap<E, ?>) m).keyIterator();
            }
            return ((TreeSubMap<E, ?>) m).keyIterator();
        }

        @Override
        public Spliterator<E> spliterator() {
            return TreeMap.keySpliteratorFor(m);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> descendingIterator() {
            if (m instanceof TreeMap) {
                return ((TreeMap<E, ?>) m).descendingKeyIterator();
            }
            return ((TreeSubMap<E, ?>) m).descendingKeyIterator();
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public E lower(E e) {
            return m.lowerKey(e);
        }

        @Override
        public E floor(E e) {
            return m.floorKey(e);
        }

        @Override
        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        @Override
        public E higher(E e) {
            return m.higherKey(e);
        }

        @Override
        public E first() {
            return m.firstKey();
        }

        @Override
        public E last() {
            return m.lastKey();
        }

        @Override
        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        @Override
        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<E>(m.headMap(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<E>(m.tailMap(fromElement, inclusive));
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new KeySet<E>(m.descendingMap());
        }
    }
}
