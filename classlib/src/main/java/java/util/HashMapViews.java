package java.util;

import java.util.function.Consumer;

/**
 * The key, value and entry views of a HashMap (and LinkedHashMap) and their fail-fast iterators.
 * Iteration order is the map's: firstNode, then nextNode.
 */
final class HashMapViews {
    private HashMapViews() {
    }

    /** Iterates the nodes of a map, failing fast when the map's modCount changes. */
    abstract static class NodeIterator<K, V> {
        final HashMap<K, V> map;
        HashMap.Node<K, V> next;
        HashMap.Node<K, V> current;
        int expectedModCount;

        NodeIterator(HashMap<K, V> map) {
            this.map = map;
            this.expectedModCount = map.modCount;
            this.next = map.firstNode();
        }

        public final boolean hasNext() {
            return next != null;
        }

        final HashMap.Node<K, V> nextNode() {
            HashMap.Node<K, V> e = next;
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = map.nextNode(e);
            return e;
        }

        public final void remove() {
            HashMap.Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            map.removeNode(p.hash, p.key, null, false, false);
            expectedModCount = map.modCount;
        }
    }

    static final class KeyIterator<K, V> extends NodeIterator<K, V> implements Iterator<K> {
        KeyIterator(HashMap<K, V> map) {
            super(map);
        }

        @Override
        public K next() {
            return nextNode().key;
        }
    }

    static final class ValueIterator<K, V> extends NodeIterator<K, V> implements Iterator<V> {
        ValueIterator(HashMap<K, V> map) {
            super(map);
        }

        @Override
        public V next() {
            return nextNode().value;
        }
    }

    static final class EntryIterator<K, V> extends NodeIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(HashMap<K, V> map) {
            super(map);
        }

        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    /** Runs {@code action} on what {@code part} takes of each node, then checks modCount. */
    static <K, V> void forEachNode(HashMap<K, V> map, Consumer<Object> action, int part) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (map.size > 0 && map.table != null) {
            int mc = map.modCount;
            for (HashMap.Node<K, V> e = map.firstNode(); e != null; e = map.nextNode(e)) {
                action.accept(part == 0 ? e.key : part == 1 ? e.value : e);
            }
            if (map.modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** Fills {@code a} with what {@code part} takes of each node, in iteration order. */
    static <K, V> Object[] fill(HashMap<K, V> map, Object[] a, int part) {
        int i = 0;
        for (HashMap.Node<K, V> e = map.firstNode(); e != null; e = map.nextNode(e)) {
            a[i++] = part == 0 ? e.key : e.value;
        }
        return a;
    }

    /** An array for toArray(T[]): {@code a} if it fits the map (null after the last), else a new one. */
    @SuppressWarnings("unchecked")
    static <T> T[] prepareArray(T[] a, int size) {
        if (a.length < size) {
            return (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        }
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    /**
     * A view's spliterator: the table walk of a HashMap, the iterator of a LinkedHashMap (with
     * {@code linkedCharacteristics}), as the JDK's.
     */
    static <K, V, T> Spliterator<T> spliteratorOf(HashMap<K, V> map, Collection<T> view, int part,
            int linkedCharacteristics) {
        if (map instanceof LinkedHashMap) {
            return Spliterators.spliterator(view, linkedCharacteristics);
        }
        return new HashMapSpliterator<K, V, T>(map, part);
    }

    static final class KeySet<K, V> extends AbstractSet<K> {
        private final HashMap<K, V> map;

        KeySet(HashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<K> spliterator() {
            return spliteratorOf(map, this, TableSpliterator.KEYS,
                    Spliterator.SIZED | Spliterator.ORDERED | Spliterator.DISTINCT);
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
        public Iterator<K> iterator() {
            return map.keyIterator();
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return map.removeNode(HashMap.hash(key), key, null, false, true) != null;
        }

        @Override
        public Object[] toArray() {
            return fill(map, new Object[map.size], 0);
        }

        @Override
        public <T> T[] toArray(T[] a) {
            T[] r = prepareArray(a, map.size);
            fill(map, r, 0);
            return r;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super K> action) {
            forEachNode(map, (Consumer<Object>) action, 0);
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final HashMap<K, V> map;

        Values(HashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<V> spliterator() {
            return spliteratorOf(map, this, TableSpliterator.VALUES, Spliterator.SIZED | Spliterator.ORDERED);
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
        public Iterator<V> iterator() {
            return map.valueIterator();
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public Object[] toArray() {
            return fill(map, new Object[map.size], 1);
        }

        @Override
        public <T> T[] toArray(T[] a) {
            T[] r = prepareArray(a, map.size);
            fill(map, r, 1);
            return r;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super V> action) {
            forEachNode(map, (Consumer<Object>) action, 1);
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final HashMap<K, V> map;

        EntrySet(HashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return spliteratorOf(map, this, TableSpliterator.ENTRIES,
                    Spliterator.SIZED | Spliterator.ORDERED | Spliterator.DISTINCT);
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
        public Iterator<Map.Entry<K, V>> iterator() {
            return map.entryIterator();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            HashMap.Node<K, V> candidate = map.getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object key = e.getKey();
            return map.removeNode(HashMap.hash(key), key, e.getValue(), true, true) != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            forEachNode(map, (Consumer<Object>) action, 2);
        }
    }
}
