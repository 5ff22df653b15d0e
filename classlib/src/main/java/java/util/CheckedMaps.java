package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dynamically type-safe view of Collections.checkedMap: put, putIfAbsent and replace check
 * key and value first ("Attempt to insert class X key into map with key type class Y", "... value
 * into map with value type ..."); putAll checks every mapping before putting any; compute,
 * computeIfAbsent, computeIfPresent and replaceAll check what the function returns, merge only the
 * merged value (a new key's value goes in unchecked, as in the JDK). The entry set wraps its
 * entries so that setValue checks too; key set and values are the backing map's own.
 */
final class CheckedMaps {
    private CheckedMaps() {
    }

    static class CheckedMap<K, V> implements Map<K, V>, java.io.Serializable {
        private static final long serialVersionUID = 5742860141034234728L;
        private final Map<K, V> m;
        final Class<K> keyType;
        final Class<V> valueType;
        private transient Set<Map.Entry<K, V>> entrySet;

        CheckedMap(Map<K, V> m, Class<K> keyType, Class<V> valueType) {
            this.m = Objects.requireNonNull(m);
            this.keyType = Objects.requireNonNull(keyType);
            this.valueType = Objects.requireNonNull(valueType);
        }

        final void typeCheck(Object key, Object value) {
            CheckedCollections.check(key, keyType, "key", "map");
            CheckedCollections.check(value, valueType, "value", "map");
        }

        /** The function, its results checked (against the key it was given, if any). */
        private BiFunction<? super K, ? super V, ? extends V> typeCheck(
                final BiFunction<? super K, ? super V, ? extends V> func) {
            Objects.requireNonNull(func);
            return new BiFunction<K, V, V>() {
                @Override
                public V apply(K k, V v) {
                    V newValue = func.apply(k, v);
                    typeCheck(k, newValue);
                    return newValue;
                }
            };
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
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public boolean containsValue(Object v) {
            return m.containsValue(v);
        }

        @Override
        public V get(Object key) {
            return m.get(key);
        }

        @Override
        public V remove(Object key) {
            return m.remove(key);
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public Set<K> keySet() {
            return m.keySet();
        }

        @Override
        public Collection<V> values() {
            return m.values();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        @Override
        public int hashCode() {
            return m.hashCode();
        }

        @Override
        public String toString() {
            return m.toString();
        }

        @Override
        public V put(K key, V value) {
            typeCheck(key, value);
            return m.put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void putAll(Map<? extends K, ? extends V> t) {
            Object[] entries = t.entrySet().toArray();
            List<Map.Entry<K, V>> checked = new ArrayList<Map.Entry<K, V>>(entries.length);
            for (Object o : entries) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey();
                Object v = e.getValue();
                typeCheck(k, v);
                checked.add(new AbstractMap.SimpleImmutableEntry<K, V>((K) k, (V) v));
            }
            for (Map.Entry<K, V> e : checked) {
                m.put(e.getKey(), e.getValue());
            }
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) {
                entrySet = new CheckedEntrySet<K, V>(m.entrySet(), valueType);
            }
            return entrySet;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            m.forEach(action);
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            m.replaceAll(typeCheck(function));
        }

        @Override
        public V putIfAbsent(K key, V value) {
            typeCheck(key, value);
            return m.putIfAbsent(key, value);
        }

        @Override
        public boolean remove(Object key, Object value) {
            return m.remove(key, value);
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            typeCheck(key, newValue);
            return m.replace(key, oldValue, newValue);
        }

        @Override
        public V replace(K key, V value) {
            typeCheck(key, value);
            return m.replace(key, value);
        }

        @Override
        public V computeIfAbsent(K key, final Function<? super K, ? extends V> mappingFunction) {
            Objects.requireNonNull(mappingFunction);
            return m.computeIfAbsent(key, new Function<K, V>() {
                @Override
                public V apply(K k) {
                    V value = mappingFunction.apply(k);
                    typeCheck(k, value);
                    return value;
                }
            });
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.computeIfPresent(key, typeCheck(remappingFunction));
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.compute(key, typeCheck(remappingFunction));
        }

        @Override
        public V merge(K key, V value, final BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            Objects.requireNonNull(remappingFunction);
            return m.merge(key, value, new BiFunction<V, V, V>() {
                @Override
                public V apply(V v1, V v2) {
                    V newValue = remappingFunction.apply(v1, v2);
                    typeCheck(null, newValue);
                    return newValue;
                }
            });
        }
    }

    /**
     * A map's entry set whose entries (from iteration, toArray and navigation) are wrapped to check
     * setValue; adding throws UnsupportedOperationException; contains, remove and the bulk
     * operations only ever show the backing set wrapped or copied entries, as the JDK's.
     */
    static final class CheckedEntrySet<K, V> implements Set<Map.Entry<K, V>> {
        private final Set<Map.Entry<K, V>> s;
        private final Class<V> valueType;

        CheckedEntrySet(Set<Map.Entry<K, V>> s, Class<V> valueType) {
            this.s = s;
            this.valueType = valueType;
        }

        @Override
        public int size() {
            return s.size();
        }

        @Override
        public boolean isEmpty() {
            return s.isEmpty();
        }

        @Override
        public String toString() {
            return s.toString();
        }

        @Override
        public int hashCode() {
            return s.hashCode();
        }

        @Override
        public void clear() {
            s.clear();
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> coll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            final Iterator<Map.Entry<K, V>> i = s.iterator();
            return new Iterator<Map.Entry<K, V>>() {
                @Override
                public boolean hasNext() {
                    return i.hasNext();
                }

                @Override
                public void remove() {
                    i.remove();
                }

                @Override
                public Map.Entry<K, V> next() {
                    return new CheckedEntry<K, V, V>(i.next(), valueType);
                }

                /** A null action fails only at the first entry, as the JDK's capturing lambda. */
                @Override
                public void forEachRemaining(final Consumer<? super Map.Entry<K, V>> action) {
                    i.forEachRemaining(new Consumer<Map.Entry<K, V>>() {
                        @Override
                        public void accept(Map.Entry<K, V> e) {
                            action.accept(new CheckedEntry<K, V, V>(e, valueType));
                        }
                    });
                }
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object[] toArray() {
            Object[] source = s.toArray();
            Object[] dest = source.getClass() == Object[].class ? source : new Object[source.length];
            for (int i = 0; i < source.length; i++) {
                dest[i] = new CheckedEntry<K, V, V>((Map.Entry<K, V>) source[i], valueType);
            }
            return dest;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] arr = s.toArray(a.length == 0 ? a : Arrays.copyOf(a, 0));
            for (int i = 0; i < arr.length; i++) {
                arr[i] = (T) new CheckedEntry<K, V, V>((Map.Entry<K, V>) arr[i], valueType);
            }
            if (arr.length > a.length) {
                return arr;
            }
            System.arraycopy(arr, 0, a, 0, arr.length);
            if (a.length > arr.length) {
                a[arr.length] = null;
            }
            return a;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return s.contains(e instanceof CheckedEntry ? e : new CheckedEntry<Object, Object, V>(
                    CheckedMaps.<Object, Object>cast(e), valueType));
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            for (Object o : c) {
                if (!contains(o)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            return s.remove(new AbstractMap.SimpleImmutableEntry<Object, Object>((Map.Entry<?, ?>) o));
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return batchRemove(c, false);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return batchRemove(c, true);
        }

        private boolean batchRemove(Collection<?> c, boolean complement) {
            Objects.requireNonNull(c);
            boolean modified = false;
            Iterator<Map.Entry<K, V>> it = iterator();
            while (it.hasNext()) {
                if (c.contains(it.next()) != complement) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set)) {
                return false;
            }
            Set<?> that = (Set<?>) o;
            return that.size() == s.size() && containsAll(that);
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map.Entry<K, V> cast(Map.Entry<?, ?> e) {
        return (Map.Entry<K, V>) e;
    }

    /**
     * An entry of a checked map: setValue checks the value type; equals compares the backing
     * entry with a copy of the other (so that entry never sees the backing one).
     */
    static final class CheckedEntry<K, V, T> implements Map.Entry<K, V> {
        private final Map.Entry<K, V> e;
        private final Class<T> valueType;

        CheckedEntry(Map.Entry<K, V> e, Class<T> valueType) {
            this.e = Objects.requireNonNull(e);
            this.valueType = Objects.requireNonNull(valueType);
        }

        @Override
        public K getKey() {
            return e.getKey();
        }

        @Override
        public V getValue() {
            return e.getValue();
        }

        @Override
        public int hashCode() {
            return e.hashCode();
        }

        @Override
        public String toString() {
            return e.toString();
        }

        @Override
        public V setValue(V value) {
            CheckedCollections.check(value, valueType, "value", "map");
            return e.setValue(value);
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            return e.equals(new AbstractMap.SimpleImmutableEntry<Object, Object>((Map.Entry<?, ?>) o));
        }

        /** A navigation result of a checked navigable map: the entry wrapped, or null. */
        static <K, V, T> Map.Entry<K, V> wrap(Map.Entry<K, V> e, Class<T> valueType) {
            return e == null ? null : new CheckedEntry<K, V, T>(e, valueType);
        }
    }
}
