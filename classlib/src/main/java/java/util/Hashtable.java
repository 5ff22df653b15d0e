package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The synchronized hash table of Java 1.0: no null keys or values; slot (hash & 0x7fffffff) %
 * capacity; new entries go to the head of their chain; at the threshold the table grows to
 * 2n + 1, re-inserting old chains from the last slot down. Iteration runs from the last slot to
 * the first, as the JDK's, which fixes the order that toString prints.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1421746759512286392L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    transient HashtableEntry<?, ?>[] table;
    transient int count;
    private int threshold;
    private float loadFactor;
    transient int modCount = 0;
    private transient volatile Set<K> keySet;
    private transient volatile Set<Map.Entry<K, V>> entrySet;
    private transient volatile Collection<V> values;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        if (initialCapacity == 0) {
            initialCapacity = 1;
        }
        this.loadFactor = loadFactor;
        table = new HashtableEntry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    @Override
    public synchronized int size() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count == 0;
    }

    @Override
    public synchronized Enumeration<K> keys() {
        return this.<K>enumeration(KEYS);
    }

    @Override
    public synchronized Enumeration<V> elements() {
        return this.<V>enumeration(VALUES);
    }

    /** An enumeration or iterator of one kind. */
    <T> HashtableEnumerator<T> enumerator(int type, boolean iterator) {
        return new HashtableEnumerator<T>(this, type, iterator);
    }

    /** keys() and elements(): the shared empty enumeration for an empty table. */
    private <T> Enumeration<T> enumeration(int type) {
        return count == 0 ? Collections.<T>emptyEnumeration() : this.<T>enumerator(type, false);
    }

    /** The views' iterators: the shared empty iterator for an empty table. */
    <T> Iterator<T> iterator(int type) {
        return count == 0 ? Collections.<T>emptyIterator() : this.<T>enumerator(type, true);
    }

    /** Whether some key maps to value; NullPointerException for null. */
    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        HashtableEntry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;) {
            for (HashtableEntry<?, ?> e = tab[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean containsValue(Object value) {
        return contains(value);
    }

    private static int indexFor(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    /** The entry of key, or null; NullPointerException for a null key. */
    @SuppressWarnings("unchecked")
    final HashtableEntry<K, V> getEntry(Object key) {
        HashtableEntry<?, ?>[] tab = table;
        int hash = key.hashCode();
        for (HashtableEntry<?, ?> e = tab[indexFor(hash, tab.length)]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                return (HashtableEntry<K, V>) e;
            }
        }
        return null;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @Override
    public synchronized V get(Object key) {
        HashtableEntry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    /** Grows to 2n + 1 slots, moving chains from the last old slot down, each entry to a head. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        HashtableEntry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE) {
                return;
            }
            newCapacity = MAX_ARRAY_SIZE;
        }
        HashtableEntry<?, ?>[] newMap = new HashtableEntry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (HashtableEntry<K, V> old = (HashtableEntry<K, V>) oldMap[i]; old != null;) {
                HashtableEntry<K, V> e = old;
                old = old.next;
                int index = indexFor(e.hash, newCapacity);
                e.next = (HashtableEntry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        HashtableEntry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = indexFor(hash, tab.length);
        }
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        tab[index] = new HashtableEntry<K, V>(hash, key, value, e);
        count++;
        modCount++;
    }

    @Override
    public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        HashtableEntry<K, V> entry = getEntry(key);
        if (entry != null) {
            V old = entry.value;
            entry.value = value;
            return old;
        }
        int hash = key.hashCode();
        addEntry(hash, key, value, indexFor(hash, table.length));
        return null;
    }

    @Override
    public synchronized V remove(Object key) {
        HashtableEntry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        @SuppressWarnings("unchecked")
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        for (HashtableEntry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                unlink(tab, index, prev, e);
                V oldValue = e.value;
                e.value = null;
                return oldValue;
            }
        }
        return null;
    }

    /**
     * An iterator's removal of the entry it returned last: unlinked where it stands (found by
     * identity), its value kept; ConcurrentModificationException if it is no longer in the table.
     */
    synchronized void removeIterated(HashtableEntry<?, ?> target) {
        HashtableEntry<?, ?>[] tab = table;
        int index = indexFor(target.hash, tab.length);
        @SuppressWarnings("unchecked")
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        for (HashtableEntry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if (e == target) {
                unlink(tab, index, prev, e);
                return;
            }
        }
        throw new ConcurrentModificationException();
    }

    /**
     * Takes {@code e} out of its chain. remove(key) and remove(key, value) then clear the entry's
     * value, as the JDK's do (an entry held from an iterator shows it).
     */
    private void unlink(HashtableEntry<?, ?>[] tab, int index, HashtableEntry<K, V> prev, HashtableEntry<K, V> e) {
        if (prev != null) {
            prev.next = e.next;
        } else {
            tab[index] = e.next;
        }
        modCount++;
        count--;
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public synchronized void clear() {
        HashtableEntry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0;) {
            tab[index] = null;
        }
        modCount++;
        count = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new HashtableEntry<?, ?>[table.length];
            for (int i = table.length; i-- > 0;) {
                t.table[i] = table[i] != null ? ((HashtableEntry<K, V>) table[i]).copyChain() : null;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** "{k=v, ...}" in iteration order; the table itself as "(this Map)". */
    @Override
    public synchronized String toString() {
        int max = size() - 1;
        if (max == -1) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        sb.append('{');
        for (int i = 0;; i++) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (i == max) {
                return sb.append('}').toString();
            }
            sb.append(", ");
        }
    }

    // ---- views ----

    @Override
    public Set<K> keySet() {
        if (keySet == null) {
            keySet = new SynchronizedCollections.SynchronizedSet<K>(new HashtableViews.KeySet<K, V>(this), this);
        }
        return keySet;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = new SynchronizedCollections.SynchronizedSet<Map.Entry<K, V>>(
                    new HashtableViews.EntrySet<K, V>(this), this);
        }
        return entrySet;
    }

    @Override
    public Collection<V> values() {
        if (values == null) {
            values = new SynchronizedCollections.SynchronizedCollection<V>(new HashtableViews.Values<K, V>(this), this);
        }
        return values;
    }

    @Override
    public synchronized boolean equals(Object o) {
        return AbstractMap.mapEquals(this, o);
    }

    /** The sum of the entries' hashes; a table that contains itself counts as empty inside. */
    @Override
    public synchronized int hashCode() {
        int h = 0;
        if (count == 0 || loadFactor < 0) {
            return h;
        }
        loadFactor = -loadFactor;
        HashtableEntry<?, ?>[] tab = table;
        for (HashtableEntry<?, ?> entry : tab) {
            while (entry != null) {
                h += entry.hashCode();
                entry = entry.next;
            }
        }
        loadFactor = -loadFactor;
        return h;
    }

    // ---- overrides of the Map defaults ----

    @Override
    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return result == null ? defaultValue : result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        HashtableEntry<?, ?>[] tab = table;
        for (HashtableEntry<?, ?> entry : tab) {
            while (entry != null) {
                action.accept((K) entry.key, (V) entry.value);
                entry = entry.next;
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        HashtableEntry<K, V>[] tab = (HashtableEntry<K, V>[]) table;
        for (HashtableEntry<K, V> entry : tab) {
            while (entry != null) {
                entry.value = Objects.requireNonNull(function.apply(entry.key, entry.value));
                entry = entry.next;
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @Override
    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        HashtableEntry<K, V> entry = getEntry(key);
        if (entry != null) {
            V old = entry.value;
            if (old == null) {
                entry.value = value;
            }
            return old;
        }
        int hash = key.hashCode();
        addEntry(hash, key, value, indexFor(hash, table.length));
        return null;
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        Objects.requireNonNull(value);
        HashtableEntry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        @SuppressWarnings("unchecked")
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        for (HashtableEntry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key) && e.value.equals(value)) {
                unlink(tab, index, prev, e);
                e.value = null;
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        HashtableEntry<K, V> e = getEntry(key);
        if (e != null) {
            if (e.value.equals(oldValue)) {
                e.value = newValue;
                return true;
            }
            return false;
        }
        return false;
    }

    @Override
    public synchronized V replace(K key, V value) {
        Objects.requireNonNull(value);
        HashtableEntry<K, V> e = getEntry(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            return oldValue;
        }
        return null;
    }

    @Override
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        HashtableEntry<K, V> e = getEntry(key);
        if (e != null) {
            return e.value;
        }
        int mc = modCount;
        V newValue = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue != null) {
            int hash = key.hashCode();
            addEntry(hash, key, newValue, indexFor(hash, table.length));
        }
        return newValue;
    }

    @Override
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        return remap(key, remappingFunction, true);
    }

    @Override
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V result = remap(key, remappingFunction, false);
        return result;
    }

    /** compute and computeIfPresent: remaps a present key (removing it for null), else inserts (compute). */
    @SuppressWarnings("unchecked")
    private V remap(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction, boolean onlyIfPresent) {
        HashtableEntry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        for (HashtableEntry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                int mc = modCount;
                V newValue = remappingFunction.apply(key, e.value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
                if (newValue == null) {
                    unlink(tab, index, prev, e);
                } else {
                    e.value = newValue;
                }
                return newValue;
            }
        }
        if (onlyIfPresent) {
            return null;
        }
        int mc = modCount;
        V newValue = remappingFunction.apply(key, null);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue != null) {
            addEntry(hash, key, newValue, index);
        }
        return newValue;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        HashtableEntry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        HashtableEntry<K, V> e = (HashtableEntry<K, V>) tab[index];
        for (HashtableEntry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                int mc = modCount;
                V newValue = remappingFunction.apply(e.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
                if (newValue == null) {
                    unlink(tab, index, prev, e);
                } else {
                    e.value = newValue;
                }
                return newValue;
            }
        }
        if (value != null) {
            addEntry(hash, key, value, index);
        }
        return value;
    }
}
