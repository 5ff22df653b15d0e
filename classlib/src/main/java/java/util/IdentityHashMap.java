package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A map comparing keys and values by reference, with the JDK's layout: one array of alternating
 * keys and values, linear probing by two slots from {@code ((h << 1) - (h << 8)) & (length - 1)}
 * where h is the key's identity hash code, a capacity (key slots) that is a power of two at least
 * 1.5 times the mappings, doubled before an insertion would pass that, and deletions that close
 * their gap by moving later keys of the probe run back. A null key is stored as {@link #nullKey}.
 * For the same keys (the same objects) the iteration order is therefore the JDK's.
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 8188218128353913216L;
    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;

    /**
     * What a null key is stored as. Not final: the differential harness gives ours the JDK's
     * object, whose identity hash code places the null key.
     */
    static Object nullKey = new Object();

    /** Keys at even indexes (null: free), each followed by its value. */
    transient Object[] table;
    int size;
    transient int modCount;
    private transient Set<Map.Entry<K, V>> entrySet;

    public IdentityHashMap() {
        init(DEFAULT_CAPACITY);
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        init(capacity(expectedMaxSize));
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /** The key slots for {@code expectedMaxSize} mappings: a power of two at least 1.5 times it. */
    private static int capacity(int expectedMaxSize) {
        if (expectedMaxSize > MAXIMUM_CAPACITY / 3) {
            return MAXIMUM_CAPACITY;
        }
        if (expectedMaxSize <= 2 * MINIMUM_CAPACITY / 3) {
            return MINIMUM_CAPACITY;
        }
        return Integer.highestOneBit(expectedMaxSize + (expectedMaxSize << 1));
    }

    private void init(int initCapacity) {
        table = new Object[2 * initCapacity];
    }

    static Object maskNull(Object key) {
        return key == null ? nullKey : key;
    }

    static Object unmaskNull(Object key) {
        return key == nullKey ? null : key;
    }

    /** The first probe index of {@code x} in a table of {@code length} slots. */
    static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    static int nextKeyIndex(int i, int len) {
        return i + 2 < len ? i + 2 : 0;
    }

    /** The index of masked key {@code k} in {@code tab}, or -1. */
    private static int indexOf(Object[] tab, Object k) {
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1;
            }
            i = nextKeyIndex(i, len);
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
    public V get(Object key) {
        Object[] tab = table;
        int i = indexOf(tab, maskNull(key));
        return i < 0 ? null : (V) tab[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(table, maskNull(key)) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2) {
            if (tab[i] == value && tab[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code key} maps to exactly {@code value}. */
    boolean containsMapping(Object key, Object value) {
        Object[] tab = table;
        int i = indexOf(tab, maskNull(key));
        return i >= 0 && tab[i + 1] == value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        while (true) {
            Object[] tab = table;
            int len = tab.length;
            int i = hash(k, len);
            Object item;
            while ((item = tab[i]) != null) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
                i = nextKeyIndex(i, len);
            }
            int s = size + 1;
            if (s + (s << 1) > len && resize(len)) {
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    /** Grows the table to {@code newCapacity} key slots; false if it is that large already. */
    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) {
                throw new IllegalStateException("Capacity exhausted.");
            }
            return false;
        }
        if (oldLength >= newLength) {
            return false;
        }
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                Object value = oldTable[j + 1];
                oldTable[j] = null;
                oldTable[j + 1] = null;
                int i = hash(key, newLength);
                while (newTable[i] != null) {
                    i = nextKeyIndex(i, newLength);
                }
                newTable[i] = key;
                newTable[i + 1] = value;
            }
        }
        table = newTable;
        return true;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > size) {
            resize(capacity(n));
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        Object[] tab = table;
        int i = indexOf(tab, maskNull(key));
        if (i < 0) {
            return null;
        }
        V oldValue = (V) tab[i + 1];
        removeAt(i);
        return oldValue;
    }

    /** Removes the mapping of {@code key} if it maps to exactly {@code value}. */
    boolean removeMapping(Object key, Object value) {
        Object[] tab = table;
        int i = indexOf(tab, maskNull(key));
        if (i < 0 || tab[i + 1] != value) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeAt(int i) {
        modCount++;
        size--;
        table[i] = null;
        table[i + 1] = null;
        closeDeletion(i);
    }

    /** Moves later keys of the probe run into the gap at {@code d} where their probe allows. */
    private void closeDeletion(int d) {
        Object[] tab = table;
        int len = tab.length;
        for (int i = nextKeyIndex(d, len); tab[i] != null; i = nextKeyIndex(i, len)) {
            if (mayMoveTo(hash(tab[i], len), i, d)) {
                moveSlot(tab, i, d);
                d = i;
            }
        }
    }

    /** Whether the key at {@code i} whose probe starts at {@code r} may move back to gap {@code d}. */
    static boolean mayMoveTo(int r, int i, int d) {
        return i < r && (r <= d || d <= i) || r <= d && d <= i;
    }

    /** Moves the mapping at {@code from} to the free slot {@code to}. */
    static void moveSlot(Object[] tab, int from, int to) {
        tab[to] = tab[from];
        tab[to + 1] = tab[from + 1];
        tab[from] = null;
        tab[from + 1] = null;
    }

    @Override
    public void clear() {
        modCount++;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i++) {
            tab[i] = null;
        }
        size = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size() != size) {
                return false;
            }
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null && !containsMapping(k, tab[i + 1])) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof Map) {
            return entrySet().equals(((Map<?, ?>) o).entrySet());
        }
        return false;
    }

    @Override
    public int hashCode() {
        int result = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object key = tab[i];
            if (key != null) {
                result += System.identityHashCode(unmaskNull(key)) ^ System.identityHashCode(tab[i + 1]);
            }
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.entrySet = null;
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new IdentityHashMapViews.KeySet<K, V>(this);
            keySet = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new IdentityHashMapViews.Values<K, V>(this);
            values = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new IdentityHashMapViews.EntrySet<K, V>(this);
            entrySet = es;
        }
        return es;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                action.accept((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                t[index + 1] = function.apply((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
