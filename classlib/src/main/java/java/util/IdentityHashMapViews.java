package java.util;

/**
 * The key, value and entry views of an IdentityHashMap and their iterators, which walk the table
 * in index order. An iterator's removal closes the gap as the map's does; when that moves a key it
 * has not visited yet into a slot it has passed, it goes on over a copy of the rest of the table
 * (its traversal table) so that it sees every key once, as the JDK's does. Entries from the entry
 * iterator are views of a slot of that traversal table and die with the iterator's removal.
 */
final class IdentityHashMapViews {
    private IdentityHashMapViews() {
    }

    /** The walk over a table shared by the three iterators. */
    abstract static class TableIterator<K, V, T> implements Iterator<T> {
        final IdentityHashMap<K, V> map;
        /** The next index to look at. */
        int index;
        int expectedModCount;
        /** The key index of the last mapping returned, -1 after a removal or before next. */
        int lastReturnedIndex = -1;
        /** Whether {@code index} is known to hold a key. */
        boolean indexValid;
        Object[] traversalTable;

        TableIterator(IdentityHashMap<K, V> map) {
            this.map = map;
            this.index = map.size != 0 ? 0 : map.table.length;
            this.expectedModCount = map.modCount;
            this.traversalTable = map.table;
        }

        @Override
        public boolean hasNext() {
            Object[] tab = traversalTable;
            for (int i = index; i < tab.length; i += 2) {
                if (tab[i] != null) {
                    index = i;
                    indexValid = true;
                    return true;
                }
            }
            index = tab.length;
            return false;
        }

        /** The key index of the next mapping. */
        final int nextIndex() {
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!indexValid && !hasNext()) {
                throw new NoSuchElementException();
            }
            indexValid = false;
            lastReturnedIndex = index;
            index += 2;
            return lastReturnedIndex;
        }

        @Override
        public void remove() {
            if (lastReturnedIndex == -1) {
                throw new IllegalStateException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            expectedModCount = ++map.modCount;
            int deletedSlot = lastReturnedIndex;
            lastReturnedIndex = -1;
            index = deletedSlot;
            indexValid = false;
            Object[] tab = traversalTable;
            Object key = tab[deletedSlot];
            tab[deletedSlot] = null;
            tab[deletedSlot + 1] = null;
            if (tab != map.table) {
                map.remove(key);
                expectedModCount = map.modCount;
                return;
            }
            map.size--;
            closeDeletion(tab, deletedSlot);
        }

        /** The map's gap closing, switching to a copy of the rest when a key moves behind us. */
        private void closeDeletion(Object[] tab, int deletedSlot) {
            int len = tab.length;
            int d = deletedSlot;
            for (int i = IdentityHashMap.nextKeyIndex(d, len); tab[i] != null; i = IdentityHashMap.nextKeyIndex(i, len)) {
                if (IdentityHashMap.mayMoveTo(IdentityHashMap.hash(tab[i], len), i, d)) {
                    if (i < deletedSlot && d >= deletedSlot && traversalTable == map.table) {
                        int remaining = len - deletedSlot;
                        Object[] rest = new Object[remaining];
                        System.arraycopy(tab, deletedSlot, rest, 0, remaining);
                        traversalTable = rest;
                        index = 0;
                    }
                    IdentityHashMap.moveSlot(tab, i, d);
                    d = i;
                }
            }
        }
    }

    static final class KeyIterator<K, V> extends TableIterator<K, V, K> {
        KeyIterator(IdentityHashMap<K, V> map) {
            super(map);
        }

        @Override
        @SuppressWarnings("unchecked")
        public K next() {
            return (K) IdentityHashMap.unmaskNull(traversalTable[nextIndex()]);
        }
    }

    static final class ValueIterator<K, V> extends TableIterator<K, V, V> {
        ValueIterator(IdentityHashMap<K, V> map) {
            super(map);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V next() {
            return (V) traversalTable[nextIndex() + 1];
        }
    }

    static final class EntryIterator<K, V> extends TableIterator<K, V, Map.Entry<K, V>> {
        private SlotEntry<K, V> lastReturnedEntry;

        EntryIterator(IdentityHashMap<K, V> map) {
            super(map);
        }

        @Override
        public Map.Entry<K, V> next() {
            lastReturnedEntry = new SlotEntry<K, V>(this, nextIndex());
            return lastReturnedEntry;
        }

        @Override
        public void remove() {
            lastReturnedIndex = lastReturnedEntry == null ? -1 : lastReturnedEntry.index;
            super.remove();
            lastReturnedEntry.index = lastReturnedIndex;
            lastReturnedEntry = null;
        }
    }

    /**
     * An entry of the entry iterator: a view of one slot of its traversal table, dead (index -1)
     * once the iterator removed it. Its hash code is Object's while the iterator has no last
     * returned mapping, as the JDK's.
     */
    static final class SlotEntry<K, V> implements Map.Entry<K, V> {
        private final EntryIterator<K, V> it;
        int index;

        SlotEntry(EntryIterator<K, V> it, int index) {
            this.it = it;
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            checkIndexForEntryUse();
            return (K) IdentityHashMap.unmaskNull(it.traversalTable[index]);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            checkIndexForEntryUse();
            return (V) it.traversalTable[index + 1];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            checkIndexForEntryUse();
            V oldValue = (V) it.traversalTable[index + 1];
            it.traversalTable[index + 1] = value;
            if (it.traversalTable != it.map.table) {
                it.map.put((K) it.traversalTable[index], value);
            }
            return oldValue;
        }

        @Override
        public boolean equals(Object o) {
            if (index < 0) {
                return super.equals(o);
            }
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return e.getKey() == IdentityHashMap.unmaskNull(it.traversalTable[index])
                    && e.getValue() == it.traversalTable[index + 1];
        }

        @Override
        public int hashCode() {
            if (it.lastReturnedIndex < 0) {
                return super.hashCode();
            }
            return System.identityHashCode(IdentityHashMap.unmaskNull(it.traversalTable[index]))
                    ^ System.identityHashCode(it.traversalTable[index + 1]);
        }

        @Override
        public String toString() {
            if (index < 0) {
                return super.toString();
            }
            return IdentityHashMap.unmaskNull(it.traversalTable[index]) + "=" + it.traversalTable[index + 1];
        }

        private void checkIndexForEntryUse() {
            if (index < 0) {
                throw new IllegalStateException("Entry was removed");
            }
        }
    }

    /** Which part of each mapping toArray takes. */
    private static final int KEYS = 0;
    private static final int VALUES = 1;
    private static final int ENTRIES = 2;

    /**
     * The views' toArray(T[]): {@code a} or a new array of the map's size, filled in table order,
     * null after the last element if room remains; fails fast if the map changes size meanwhile.
     */
    @SuppressWarnings("unchecked")
    static <T> T[] toArray(IdentityHashMap<?, ?> map, T[] a, int part) {
        int expectedModCount = map.modCount;
        int size = map.size();
        if (a.length < size) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        }
        Object[] tab = map.table;
        int ti = 0;
        for (int si = 0; si < tab.length; si += 2) {
            Object key = tab[si];
            if (key != null) {
                if (ti >= size) {
                    throw new ConcurrentModificationException();
                }
                a[ti++] = (T) (part == KEYS ? IdentityHashMap.unmaskNull(key) : part == VALUES ? tab[si + 1]
                        : new AbstractMap.SimpleEntry<Object, Object>(IdentityHashMap.unmaskNull(key), tab[si + 1]));
            }
        }
        if (ti < size || expectedModCount != map.modCount) {
            throw new ConcurrentModificationException();
        }
        if (ti < a.length) {
            a[ti] = null;
        }
        return a;
    }

    /** removeAll of the key and entry views: always by their own iterator. */
    static boolean removeAllByIterator(Iterator<?> it, Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        while (it.hasNext()) {
            if (c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    static final class KeySet<K, V> extends AbstractSet<K> {
        private final IdentityHashMap<K, V> map;

        KeySet(IdentityHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<K> spliterator() {
            return new IdentityHashMapSpliterator<K, V, K>(map, TableSpliterator.KEYS);
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<K, V>(map);
        }

        @Override
        public int size() {
            return map.size;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            int oldSize = map.size;
            map.remove(o);
            return map.size != oldSize;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeAllByIterator(iterator(), c);
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public int hashCode() {
            int result = 0;
            for (K key : this) {
                result += System.identityHashCode(key);
            }
            return result;
        }

        @Override
        public Object[] toArray() {
            return toArray(new Object[0]);
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return IdentityHashMapViews.toArray(map, a, KEYS);
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final IdentityHashMap<K, V> map;

        Values(IdentityHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<V> spliterator() {
            return new IdentityHashMapSpliterator<K, V, V>(map, TableSpliterator.VALUES);
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<K, V>(map);
        }

        @Override
        public int size() {
            return map.size;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            for (Iterator<V> i = iterator(); i.hasNext();) {
                if (i.next() == o) {
                    i.remove();
                    return true;
                }
            }
            return false;
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public Object[] toArray() {
            return toArray(new Object[0]);
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return IdentityHashMapViews.toArray(map, a, VALUES);
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final IdentityHashMap<K, V> map;

        EntrySet(IdentityHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return new IdentityHashMapSpliterator<K, V, Map.Entry<K, V>>(map, TableSpliterator.ENTRIES);
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<K, V>(map);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return map.containsMapping(e.getKey(), e.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return map.removeMapping(e.getKey(), e.getValue());
        }

        @Override
        public int size() {
            return map.size;
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeAllByIterator(iterator(), c);
        }

        @Override
        public Object[] toArray() {
            return toArray(new Object[0]);
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return IdentityHashMapViews.toArray(map, a, ENTRIES);
        }
    }
}
