package java.util;

/**
 * The Hashtable's enumerations and iterators (last slot first; iterators fail fast, enumerations
 * do not) and its key, value and entry views (wrapped by Hashtable in synchronized views).
 */
final class HashtableViews {
    private HashtableViews() {
    }

    static final class KeySet<K, V> extends AbstractSet<K> {
        private final Hashtable<K, V> t;

        KeySet(Hashtable<K, V> t) {
            this.t = t;
        }

        @Override
        public Iterator<K> iterator() {
            return t.<K>iterator(Hashtable.KEYS);
        }

        @Override
        public int size() {
            return t.count;
        }

        @Override
        public boolean contains(Object o) {
            return t.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return t.remove(o) != null;
        }

        @Override
        public void clear() {
            t.clear();
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final Hashtable<K, V> t;

        Values(Hashtable<K, V> t) {
            this.t = t;
        }

        @Override
        public Iterator<V> iterator() {
            return t.<V>iterator(Hashtable.VALUES);
        }

        @Override
        public int size() {
            return t.count;
        }

        @Override
        public boolean contains(Object o) {
            return t.containsValue(o);
        }

        @Override
        public void clear() {
            t.clear();
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final Hashtable<K, V> t;

        EntrySet(Hashtable<K, V> t) {
            this.t = t;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return t.<Map.Entry<K, V>>iterator(Hashtable.ENTRIES);
        }

        @Override
        public boolean add(Map.Entry<K, V> o) {
            return super.add(o);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            HashtableEntry<?, ?>[] tab = t.table;
            int hash = key.hashCode();
            int index = (hash & 0x7FFFFFFF) % tab.length;
            for (HashtableEntry<?, ?> e = tab[index]; e != null; e = e.next) {
                if (e.hash == hash && e.equals(entry)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            HashtableEntry<?, ?>[] tab = t.table;
            int hash = key.hashCode();
            int index = (hash & 0x7FFFFFFF) % tab.length;
            for (HashtableEntry<?, ?> e = tab[index]; e != null; e = e.next) {
                if (e.hash == hash && e.equals(entry)) {
                    t.remove(e.key);
                    return true;
                }
            }
            return false;
        }

        @Override
        public int size() {
            return t.count;
        }

        @Override
        public void clear() {
            t.clear();
        }
    }
}
