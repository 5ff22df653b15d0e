package java.util;


/**
 * Map.of: keys and values interleaved in a table of four slots per entry (two entries' room),
 * keys probed linearly from floorMod(hashCode, entries' room). Iteration walks the table from a
 * salted start. Entries are immutable KeyValueHolders.
 */
final class ImmutableMap<K, V> extends AbstractMap<K, V> implements ReadOnlyMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final ImmutableMap<Object, Object> EMPTY = new ImmutableMap<Object, Object>(new Object[0]);

    /** For one entry: key and value; else null. */
    private final Object k0;
    private final Object v0;
    /** For more entries: key at even, value at odd slots. */
    private final Object[] table;
    private final int size;

    ImmutableMap(Object[] keysAndValues) {
        size = keysAndValues.length >> 1;
        if (size == 1) {
            table = null;
            k0 = Objects.requireNonNull(keysAndValues[0]);
            v0 = Objects.requireNonNull(keysAndValues[1]);
            return;
        }
        k0 = null;
        v0 = null;
        table = new Object[2 * ImmutableCollections.EXPAND_FACTOR * size];
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object k = Objects.requireNonNull(keysAndValues[i]);
            Object v = Objects.requireNonNull(keysAndValues[i + 1]);
            int idx = probe(k);
            if (idx >= 0) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
            int dest = -(idx + 1);
            table[dest] = k;
            table[dest + 1] = v;
        }
    }

    /** The slot of key {@code pk}, or -(free slot) - 1. */
    private int probe(Object pk) {
        int idx = Math.floorMod(pk.hashCode(), table.length >> 1) << 1;
        while (true) {
            Object ek = table[idx];
            if (ek == null) {
                return -idx - 1;
            }
            if (pk.equals(ek)) {
                return idx;
            }
            idx += 2;
            if (idx == table.length) {
                idx = 0;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object o) {
        Objects.requireNonNull(o);
        if (table == null) {
            return o.equals(k0) ? (V) v0 : null;
        }
        if (size == 0) {
            return null;
        }
        int i = probe(o);
        return i >= 0 ? (V) table[i + 1] : null;
    }

    @Override
    public boolean containsKey(Object o) {
        Objects.requireNonNull(o);
        if (table == null) {
            return o.equals(k0);
        }
        return size > 0 && probe(o) >= 0;
    }

    @Override
    public boolean containsValue(Object o) {
        Objects.requireNonNull(o);
        if (table == null) {
            return o.equals(v0);
        }
        for (int i = 1; i < table.length; i += 2) {
            Object v = table[i];
            if (v != null && o.equals(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int hashCode() {
        if (table == null) {
            return k0.hashCode() ^ v0.hashCode();
        }
        int hash = 0;
        for (int i = 0; i < table.length; i += 2) {
            Object k = table[i];
            if (k != null) {
                hash += k.hashCode() ^ table[i + 1].hashCode();
            }
        }
        return hash;
    }

    /**
     * One entry: Set.of(entry), so mutators throw at once. More: a plain AbstractSet over the
     * table, whose removals fail only in the iterator's remove, as the JDK's do.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Set<Map.Entry<K, V>> entrySet() {
        if (table == null) {
            return Set.<Map.Entry<K, V>>of(new KeyValueHolder<K, V>((K) k0, (V) v0));
        }
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }
        };
    }

    /** Walks the table from the salted start. */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private int remaining = size;
        private int idx = table == null ? 0 : ImmutableCollections.startSlot(table.length >> 1) << 1;

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map.Entry<K, V> next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            remaining--;
            if (table == null) {
                return new KeyValueHolder<K, V>((K) k0, (V) v0);
            }
            do {
                if (ImmutableCollections.reverse) {
                    idx += 2;
                    if (idx >= table.length) {
                        idx = 0;
                    }
                } else {
                    idx -= 2;
                    if (idx < 0) {
                        idx = table.length - 2;
                    }
                }
            } while (table[idx] == null);
            return new KeyValueHolder<K, V>((K) table[idx], (V) table[idx + 1]);
        }
    }

    @Override
    public V put(K key, V value) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public V remove(Object key) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void clear() {
        throw ImmutableCollections.uoe();
    }

}
