package java.util;

/**
 * A map from the constants of one enum class, in an array indexed by ordinal; iteration is in
 * ordinal order. Null keys are refused; null values are stored as a private marker. Entries from
 * the entry set read and write the map at their ordinal.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 458661240069192865L;
    /** Stands for a null value in vals. */
    private static final Object NULL = new Object() {
        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    private final Class<K> keyType;
    private transient K[] keyUniverse;
    transient Object[] vals;
    transient int size = 0;

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = EnumSet.universe(keyType);
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("Specified map is empty");
            }
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = EnumSet.universe(keyType);
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    private static Object maskNull(Object value) {
        return value == null ? NULL : value;
    }

    @SuppressWarnings("unchecked")
    private V unmaskNull(Object value) {
        return (V) (value == NULL ? null : value);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsValue(Object value) {
        Object masked = maskNull(value);
        for (Object val : vals) {
            if (masked.equals(val)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    private boolean containsMapping(Object key, Object value) {
        return isValidKey(key) && maskNull(value).equals(vals[((Enum<?>) key).ordinal()]);
    }

    @Override
    public V get(Object key) {
        return isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null;
    }

    @Override
    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        if (oldValue == null) {
            size++;
        }
        return unmaskNull(oldValue);
    }

    @Override
    public V remove(Object key) {
        if (!isValidKey(key)) {
            return null;
        }
        int index = ((Enum<?>) key).ordinal();
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) {
            size--;
        }
        return unmaskNull(oldValue);
    }

    private boolean removeMapping(Object key, Object value) {
        if (!isValidKey(key)) {
            return false;
        }
        int index = ((Enum<?>) key).ordinal();
        if (maskNull(value).equals(vals[index])) {
            vals[index] = null;
            size--;
            return true;
        }
        return false;
    }

    private boolean isValidKey(Object key) {
        if (key == null) {
            return false;
        }
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) m;
            if (em.keyType != keyType) {
                if (em.isEmpty()) {
                    return;
                }
                throw new ClassCastException(em.keyType + " != " + keyType);
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object emValue = em.vals[i];
                if (emValue != null) {
                    if (vals[i] == null) {
                        size++;
                    }
                    vals[i] = emValue;
                }
            }
        } else {
            super.putAll(m);
        }
    }

    @Override
    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType) {
            throw new ClassCastException(keyClass + " != " + keyType);
        }
    }

    // ---- views ----

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                @Override
                public Iterator<K> iterator() {
                    return new EnumMapIterator<K>(0);
                }

                @Override
                public int size() {
                    return size;
                }

                @Override
                public boolean contains(Object o) {
                    return containsKey(o);
                }

                @Override
                public boolean remove(Object o) {
                    int oldSize = size;
                    EnumMap.this.remove(o);
                    return size != oldSize;
                }

                @Override
                public void clear() {
                    EnumMap.this.clear();
                }
            };
            keySet = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                @Override
                public Iterator<V> iterator() {
                    return new EnumMapIterator<V>(1);
                }

                @Override
                public int size() {
                    return size;
                }

                @Override
                public boolean contains(Object o) {
                    return containsValue(o);
                }

                @Override
                public boolean remove(Object o) {
                    Object masked = maskNull(o);
                    for (int i = 0; i < vals.length; i++) {
                        if (masked.equals(vals[i])) {
                            vals[i] = null;
                            size--;
                            return true;
                        }
                    }
                    return false;
                }

                @Override
                public void clear() {
                    EnumMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EnumMapIterator<Map.Entry<K, V>>(2);
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Map.Entry && containsMapping(((Map.Entry<?, ?>) o).getKey(),
                        ((Map.Entry<?, ?>) o).getValue());
            }

            @Override
            public boolean remove(Object o) {
                return o instanceof Map.Entry && removeMapping(((Map.Entry<?, ?>) o).getKey(),
                        ((Map.Entry<?, ?>) o).getValue());
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                EnumMap.this.clear();
            }

            @Override
            public Object[] toArray() {
                return fillEntryArray(new Object[size]);
            }

            /** Null after the entries is written first, as the JDK does; entries are snapshots. */
            @Override
            @SuppressWarnings("unchecked")
            public <T> T[] toArray(T[] a) {
                int size = size();
                if (a.length < size) {
                    a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
                }
                if (a.length > size) {
                    a[size] = null;
                }
                return (T[]) fillEntryArray(a);
            }
        };
    }

    private Object[] fillEntryArray(Object[] a) {
        int j = 0;
        for (int i = 0; i < vals.length; i++) {
            if (vals[i] != null) {
                a[j++] = new AbstractMap.SimpleEntry<K, V>(keyUniverse[i], unmaskNull(vals[i]));
            }
        }
        return a;
    }

    /** Walks the ordinals with a value; kind 0 keys, 1 values, 2 live entries. */
    private final class EnumMapIterator<T> implements Iterator<T> {
        private final int kind;
        private int index = 0;
        private int lastReturnedIndex = -1;
        private EnumMapEntry lastReturnedEntry;

        EnumMapIterator(int kind) {
            this.kind = kind;
        }

        @Override
        public boolean hasNext() {
            while (index < vals.length && vals[index] == null) {
                index++;
            }
            return index != vals.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturnedIndex = index++;
            if (kind == 0) {
                return (T) keyUniverse[lastReturnedIndex];
            }
            if (kind == 1) {
                return (T) unmaskNull(vals[lastReturnedIndex]);
            }
            lastReturnedEntry = new EnumMapEntry(lastReturnedIndex);
            return (T) lastReturnedEntry;
        }

        /** Removing through the iterator also invalidates the entry it returned last. */
        @Override
        public void remove() {
            if (lastReturnedIndex < 0) {
                throw new IllegalStateException();
            }
            if (vals[lastReturnedIndex] != null) {
                vals[lastReturnedIndex] = null;
                size--;
            }
            lastReturnedIndex = -1;
            if (lastReturnedEntry != null) {
                lastReturnedEntry.index = -1;
                lastReturnedEntry = null;
            }
        }
    }

    /**
     * The mapping at one ordinal, read and written through the map; invalid (index -1) once
     * removed through its iterator.
     */
    private final class EnumMapEntry implements Map.Entry<K, V> {
        private int index;

        EnumMapEntry(int index) {
            this.index = index;
        }

        private void checkIndexForEntryUse() {
            if (index < 0) {
                throw new IllegalStateException("Entry was removed");
            }
        }

        @Override
        public K getKey() {
            checkIndexForEntryUse();
            return keyUniverse[index];
        }

        @Override
        public V getValue() {
            checkIndexForEntryUse();
            return unmaskNull(vals[index]);
        }

        @Override
        public V setValue(V value) {
            checkIndexForEntryUse();
            V oldValue = unmaskNull(vals[index]);
            vals[index] = maskNull(value);
            return oldValue;
        }

        @Override
        public boolean equals(Object o) {
            if (index < 0) {
                return o == this;
            }
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            V ourValue = unmaskNull(vals[index]);
            Object hisValue = e.getValue();
            return e.getKey() == keyUniverse[index] && (ourValue == hisValue || (ourValue != null && ourValue.equals(hisValue)));
        }

        @Override
        public int hashCode() {
            if (index < 0) {
                return super.hashCode();
            }
            return entryHashCode(index);
        }

        @Override
        public String toString() {
            if (index < 0) {
                return super.toString();
            }
            return keyUniverse[index] + "=" + unmaskNull(vals[index]);
        }
    }

    // ---- comparison and copying ----

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) o;
            if (em.keyType != keyType) {
                return size == 0 && em.size == 0;
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object ourValue = vals[i];
                Object hisValue = em.vals[i];
                if (hisValue != ourValue && (hisValue == null || !hisValue.equals(ourValue))) {
                    return false;
                }
            }
            return true;
        }
        return o instanceof Map && super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keyUniverse.length; i++) {
            if (null != vals[i]) {
                h += entryHashCode(i);
            }
        }
        return h;
    }

    private int entryHashCode(int i) {
        return keyUniverse[i].hashCode() ^ vals[i].hashCode();
    }

    @Override
    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> result;
        try {
            result = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        result.vals = result.vals.clone();
        return result;
    }
}
