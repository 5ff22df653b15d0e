package java.util;

/**
 * A map built on entrySet(): lookups walk the entries. put throws UnsupportedOperationException;
 * removal needs the entry-set iterator's remove. keySet() and values() are views made once.
 */
public abstract class AbstractMap<K, V> implements Map<K, V> {
    transient Set<K> keySet;
    transient Collection<V> values;

    protected AbstractMap() {
    }

    @Override
    public int size() {
        return entrySet().size();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Map.Entry<K, V> e : entrySet()) {
            if (value == null ? e.getValue() == null : value.equals(e.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        for (Map.Entry<K, V> e : entrySet()) {
            if (key == null ? e.getKey() == null : key.equals(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        for (Map.Entry<K, V> e : entrySet()) {
            if (key == null ? e.getKey() == null : key.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V remove(Object key) {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        while (i.hasNext()) {
            Map.Entry<K, V> e = i.next();
            if (key == null ? e.getKey() == null : key.equals(e.getKey())) {
                V oldValue = e.getValue();
                i.remove();
                return oldValue;
            }
        }
        return null;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public void clear() {
        entrySet().clear();
    }

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new KeyView();
            keySet = ks;
        }
        return ks;
    }

    /** The keys or the values of an entry iterator; remove removes the entry. */
    private static final class PartIterator<K, V, T> implements Iterator<T> {
        private final Iterator<Map.Entry<K, V>> i;
        private final boolean keys;

        PartIterator(Iterator<Map.Entry<K, V>> i, boolean keys) {
            this.i = i;
            this.keys = keys;
        }

        @Override
        public boolean hasNext() {
            return i.hasNext();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            Map.Entry<K, V> e = i.next();
            return (T) (keys ? e.getKey() : e.getValue());
        }

        @Override
        public void remove() {
            i.remove();
        }
    }

    /** The keys, through the entry set. */
    private final class KeyView extends AbstractSet<K> {
        @Override
        public Iterator<K> iterator() {
            return new PartIterator<K, V, K>(entrySet().iterator(), true);
        }

        @Override
        public int size() {
            return AbstractMap.this.size();
        }

        @Override
        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        @Override
        public void clear() {
            AbstractMap.this.clear();
        }

        @Override
        public boolean contains(Object k) {
            return AbstractMap.this.containsKey(k);
        }
    }

    @Override
    public Collection<V> values() {
        Collection<V> vals = values;
        if (vals == null) {
            vals = new ValueView();
            values = vals;
        }
        return vals;
    }

    /** The values, through the entry set. */
    private final class ValueView extends AbstractCollection<V> {
        @Override
        public Iterator<V> iterator() {
            return new PartIterator<K, V, V>(entrySet().iterator(), false);
        }

        @Override
        public int size() {
            return AbstractMap.this.size();
        }

        @Override
        public boolean isEmpty() {
            return AbstractMap.this.isEmpty();
        }

        @Override
        public void clear() {
            AbstractMap.this.clear();
        }

        @Override
        public boolean contains(Object v) {
            return AbstractMap.this.containsValue(v);
        }
    }

    @Override
    public abstract Set<Map.Entry<K, V>> entrySet();

    @Override
    public boolean equals(Object o) {
        return mapEquals(this, o);
    }

    /**
     * The Map contract's equality of {@code m} with {@code o}: same size and every entry of m in o
     * (a null value also needs the key present); ClassCastException and NullPointerException from
     * o mean unequal. Shared with Hashtable, which is not an AbstractMap.
     */
    static boolean mapEquals(Map<?, ?> m, Object o) {
        if (o == m) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> other = (Map<?, ?>) o;
        if (other.size() != m.size()) {
            return false;
        }
        try {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object key = e.getKey();
                Object value = e.getValue();
                if (value == null) {
                    if (!(other.get(key) == null && other.containsKey(key))) {
                        return false;
                    }
                } else if (!value.equals(other.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> entry : entrySet()) {
            h += entry.hashCode();
        }
        return h;
    }

    /** "{k1=v1, k2=v2}"; the map itself appears as "(this Map)". */
    @Override
    public String toString() {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        if (!i.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        for (;;) {
            Map.Entry<K, V> e = i.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key);
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value);
            if (!i.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(',').append(' ');
        }
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        AbstractMap<?, ?> result = (AbstractMap<?, ?>) super.clone();
        result.keySet = null;
        result.values = null;
        return result;
    }

    /** A modifiable key-value pair. */
    public static class SimpleEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private static final long serialVersionUID = -8499721149061103585L;
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(Map.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && entryEquals(this, (Map.Entry<?, ?>) o);
        }

        @Override
        public int hashCode() {
            return entryHash(key, value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** An unmodifiable key-value pair. */
    public static class SimpleImmutableEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private static final long serialVersionUID = 7138329143949025153L;
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(Map.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && entryEquals(this, (Map.Entry<?, ?>) o);
        }

        @Override
        public int hashCode() {
            return entryHash(key, value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** Map.Entry equality: equal keys and equal values, null-safe. */
    static boolean entryEquals(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
        return Objects.equals(a.getKey(), b.getKey()) && Objects.equals(a.getValue(), b.getValue());
    }

    /** Map.Entry hash: key hash xor value hash, null as 0. */
    static int entryHash(Object key, Object value) {
        return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
    }
}
