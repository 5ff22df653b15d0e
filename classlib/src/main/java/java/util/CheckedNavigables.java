package java.util;

/**
 * The dynamically type-safe views of sorted and navigable sets and maps (Collections.checkedSortedSet,
 * checkedNavigableSet, checkedSortedMap, checkedNavigableMap): sub-views, descending views and a
 * navigable map's key sets are checked views again; a navigable map's entries are checked entries;
 * as the JDK's.
 */
final class CheckedNavigables {
    private CheckedNavigables() {
    }

    static class CheckedSortedSet<E> extends CheckedCollections.CheckedSet<E> implements SortedSet<E> {
        private static final long serialVersionUID = 1599911165492914959L;
        private final SortedSet<E> ss;

        CheckedSortedSet(SortedSet<E> s, Class<E> type) {
            super(s, type);
            ss = s;
        }

        @Override
        public Comparator<? super E> comparator() {
            return ss.comparator();
        }

        @Override
        public E first() {
            return ss.first();
        }

        @Override
        public E last() {
            return ss.last();
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return new CheckedSortedSet<E>(ss.subSet(fromElement, toElement), type);
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return new CheckedSortedSet<E>(ss.headSet(toElement), type);
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return new CheckedSortedSet<E>(ss.tailSet(fromElement), type);
        }
    }

    static final class CheckedNavigableSet<E> extends CheckedSortedSet<E> implements NavigableSet<E> {
        private static final long serialVersionUID = -5429120189805438922L;
        private final NavigableSet<E> ns;

        CheckedNavigableSet(NavigableSet<E> s, Class<E> type) {
            super(s, type);
            ns = s;
        }

        @Override
        public E lower(E e) {
            return ns.lower(e);
        }

        @Override
        public E floor(E e) {
            return ns.floor(e);
        }

        @Override
        public E ceiling(E e) {
            return ns.ceiling(e);
        }

        @Override
        public E higher(E e) {
            return ns.higher(e);
        }

        @Override
        public E pollFirst() {
            return ns.pollFirst();
        }

        @Override
        public E pollLast() {
            return ns.pollLast();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new CheckedNavigableSet<E>(ns.descendingSet(), type);
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, E toElement) {
            return new CheckedNavigableSet<E>(ns.subSet(fromElement, true, toElement, false), type);
        }

        @Override
        public NavigableSet<E> headSet(E toElement) {
            return new CheckedNavigableSet<E>(ns.headSet(toElement, false), type);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement) {
            return new CheckedNavigableSet<E>(ns.tailSet(fromElement, true), type);
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new CheckedNavigableSet<E>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive), type);
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new CheckedNavigableSet<E>(ns.headSet(toElement, inclusive), type);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new CheckedNavigableSet<E>(ns.tailSet(fromElement, inclusive), type);
        }
    }

    static class CheckedSortedMap<K, V> extends CheckedMaps.CheckedMap<K, V> implements SortedMap<K, V> {
        private static final long serialVersionUID = 1599671320688067438L;
        private final SortedMap<K, V> sm;

        CheckedSortedMap(SortedMap<K, V> m, Class<K> keyType, Class<V> valueType) {
            super(m, keyType, valueType);
            sm = m;
        }

        @Override
        public Comparator<? super K> comparator() {
            return sm.comparator();
        }

        @Override
        public K firstKey() {
            return sm.firstKey();
        }

        @Override
        public K lastKey() {
            return sm.lastKey();
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return new CheckedSortedMap<K, V>(sm.subMap(fromKey, toKey), keyType, valueType);
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return new CheckedSortedMap<K, V>(sm.headMap(toKey), keyType, valueType);
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return new CheckedSortedMap<K, V>(sm.tailMap(fromKey), keyType, valueType);
        }
    }

    static final class CheckedNavigableMap<K, V> extends CheckedSortedMap<K, V> implements NavigableMap<K, V> {
        private static final long serialVersionUID = -4852462692372534096L;
        private final NavigableMap<K, V> nm;

        CheckedNavigableMap(NavigableMap<K, V> m, Class<K> keyType, Class<V> valueType) {
            super(m, keyType, valueType);
            nm = m;
        }

        private NavigableMap<K, V> checked(NavigableMap<K, V> m) {
            return new CheckedNavigableMap<K, V>(m, keyType, valueType);
        }

        private Map.Entry<K, V> checked(Map.Entry<K, V> e) {
            return CheckedMaps.CheckedEntry.wrap(e, valueType);
        }

        @Override
        public Comparator<? super K> comparator() {
            return nm.comparator();
        }

        @Override
        public K firstKey() {
            return nm.firstKey();
        }

        @Override
        public K lastKey() {
            return nm.lastKey();
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return checked(nm.lowerEntry(key));
        }

        @Override
        public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return checked(nm.floorEntry(key));
        }

        @Override
        public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return checked(nm.ceilingEntry(key));
        }

        @Override
        public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return checked(nm.higherEntry(key));
        }

        @Override
        public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return checked(nm.firstEntry());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return checked(nm.lastEntry());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            return checked(nm.pollFirstEntry());
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            return checked(nm.pollLastEntry());
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return checked(nm.descendingMap());
        }

        @Override
        public NavigableSet<K> keySet() {
            return navigableKeySet();
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new CheckedNavigableSet<K>(nm.navigableKeySet(), keyType);
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return new CheckedNavigableSet<K>(nm.descendingKeySet(), keyType);
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, K toKey) {
            return checked(nm.subMap(fromKey, true, toKey, false));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey) {
            return checked(nm.headMap(toKey, false));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey) {
            return checked(nm.tailMap(fromKey, true));
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return checked(nm.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return checked(nm.headMap(toKey, inclusive));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return checked(nm.tailMap(fromKey, inclusive));
        }
    }
}
