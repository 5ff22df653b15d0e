package java.util;

/**
 * The unmodifiable views of sorted and navigable sets and maps (Collections.unmodifiableSortedSet
 * and its kin, and the empty sorted and navigable constants, which are such views of an empty
 * TreeSet or TreeMap). Sub-views are wrapped again; polling throws UnsupportedOperationException;
 * a navigable map's entries are wrapped unmodifiable. As the JDK's.
 */
final class UnmodifiableNavigables {
    private UnmodifiableNavigables() {
    }

    static final NavigableSet<Object> EMPTY_NAVIGABLE_SET = new EmptyNavigableSet<Object>();
    static final NavigableMap<Object, Object> EMPTY_NAVIGABLE_MAP = new EmptyNavigableMap<Object, Object>();

    static class UnmodifiableSortedSet<E> extends UnmodifiableCollections.UnmodifiableSet<E> implements SortedSet<E> {
        private static final long serialVersionUID = -4929149591599911165L;
        private final SortedSet<E> ss;

        UnmodifiableSortedSet(SortedSet<E> s) {
            super(s);
            ss = s;
        }

        @Override
        public Comparator<? super E> comparator() {
            return ss.comparator();
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return new UnmodifiableSortedSet<E>(ss.subSet(fromElement, toElement));
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return new UnmodifiableSortedSet<E>(ss.headSet(toElement));
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return new UnmodifiableSortedSet<E>(ss.tailSet(fromElement));
        }

        @Override
        public E first() {
            return ss.first();
        }

        @Override
        public E last() {
            return ss.last();
        }
    }

    static class UnmodifiableNavigableSet<E> extends UnmodifiableSortedSet<E> implements NavigableSet<E> {
        private static final long serialVersionUID = -6027448201786391929L;
        private final NavigableSet<E> ns;

        UnmodifiableNavigableSet(NavigableSet<E> s) {
            super(s);
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
            throw new UnsupportedOperationException();
        }

        @Override
        public E pollLast() {
            throw new UnsupportedOperationException();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new UnmodifiableNavigableSet<E>(ns.descendingSet());
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new UnmodifiableNavigableSet<E>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<E>(ns.headSet(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<E>(ns.tailSet(fromElement, inclusive));
        }
    }

    static class UnmodifiableSortedMap<K, V> extends UnmodifiableCollections.UnmodifiableMap<K, V>
            implements SortedMap<K, V> {
        private static final long serialVersionUID = -8806743815996713206L;
        private final SortedMap<K, ? extends V> sm;

        UnmodifiableSortedMap(SortedMap<K, ? extends V> m) {
            super(m);
            sm = m;
        }

        @Override
        public Comparator<? super K> comparator() {
            return sm.comparator();
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return new UnmodifiableSortedMap<K, V>(sm.subMap(fromKey, toKey));
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return new UnmodifiableSortedMap<K, V>(sm.headMap(toKey));
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return new UnmodifiableSortedMap<K, V>(sm.tailMap(fromKey));
        }

        @Override
        public K firstKey() {
            return sm.firstKey();
        }

        @Override
        public K lastKey() {
            return sm.lastKey();
        }
    }

    static class UnmodifiableNavigableMap<K, V> extends UnmodifiableSortedMap<K, V> implements NavigableMap<K, V> {
        private static final long serialVersionUID = -4858195264774772197L;
        private final NavigableMap<K, ? extends V> nm;

        UnmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
            super(m);
            nm = m;
        }

        /** The entry wrapped unmodifiable, or null. */
        private static <K, V> Map.Entry<K, V> wrap(Map.Entry<K, ? extends V> e) {
            return e == null ? null : new UnmodifiableCollections.UnmodifiableEntry<K, V>(e);
        }

        @Override
        public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override
        public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override
        public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override
        public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return wrap(nm.lowerEntry(key));
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return wrap(nm.floorEntry(key));
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return wrap(nm.ceilingEntry(key));
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return wrap(nm.higherEntry(key));
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return wrap(nm.firstEntry());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return wrap(nm.lastEntry());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return Collections.unmodifiableNavigableMap(nm.descendingMap());
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return Collections.unmodifiableNavigableSet(nm.navigableKeySet());
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return Collections.unmodifiableNavigableSet(nm.descendingKeySet());
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return Collections.unmodifiableNavigableMap(nm.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return Collections.unmodifiableNavigableMap(nm.headMap(toKey, inclusive));
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return Collections.unmodifiableNavigableMap(nm.tailMap(fromKey, inclusive));
        }
    }

    /** Collections.emptyNavigableSet: an unmodifiable empty TreeSet (a class of its own, as the JDK's). */
    static final class EmptyNavigableSet<E> extends UnmodifiableNavigableSet<E> {
        private static final long serialVersionUID = -6291252904449939134L;

        EmptyNavigableSet() {
            super(new TreeSet<E>());
        }
    }

    /** Collections.emptyNavigableMap: an unmodifiable empty TreeMap whose key set is the empty set's. */
    static final class EmptyNavigableMap<K, V> extends UnmodifiableNavigableMap<K, V> {
        private static final long serialVersionUID = -2239321462712562324L;

        EmptyNavigableMap() {
            super(new TreeMap<K, V>());
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return Collections.emptyNavigableSet();
        }
    }
}
