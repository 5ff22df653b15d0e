package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash table of chained nodes with the JDK's observable layout: the hash is h ^ (h >>> 16), the
 * table a power of two made at the first insertion, doubled when size exceeds capacity * load
 * factor, each chain split in order into its low and high halves; put appends to a chain while
 * compute, computeIfAbsent and merge insert at its head. A chain of nine nodes doubles a table
 * smaller than 64 slots and turns into a tree bin ({@link HashTreeNode}) in a larger one, whose
 * list order iteration follows, as the JDK's.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 362498820763181265L;
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /** A chained entry. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return value;
        }

        @Override
        public final String toString() {
            return key + "=" + value;
        }

        @Override
        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public final V setValue(V newValue) {
            V oldValue = value;
            value = newValue;
            return oldValue;
        }

        @Override
        public final boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return o instanceof Map.Entry && Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                    && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }
    }

    /** The spread hash: the high half folded into the low half. */
    static final int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    /** The smallest power of two at least {@code cap} (1 for 0), capped at MAXIMUM_CAPACITY. */
    static final int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : (n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1);
    }

    transient Node<K, V>[] table;
    transient Set<Map.Entry<K, V>> entrySet;
    transient int size;
    transient int modCount;
    /** The size at which to resize; before the table exists, its initial capacity (0 = default). */
    int threshold;
    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    /** putAll and the copy constructor: presize an empty table, else double until the size fits (JDK 17u). */
    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s <= 0) {
            return;
        }
        if (table == null) {
            float ft = ((float) s / loadFactor) + 1.0F;
            int t = ft < (float) MAXIMUM_CAPACITY ? (int) ft : MAXIMUM_CAPACITY;
            if (t > threshold) {
                threshold = tableSizeFor(t);
            }
        } else {
            while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                resize();
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            K key = e.getKey();
            V value = e.getValue();
            putVal(hash(key), key, value, false, evict);
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
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int hash = hash(key);
        return find(tab[(tab.length - 1) & hash], hash, key);
    }

    /** Key equality as the JDK tests it: identity, then key.equals(stored). */
    static boolean matches(Object stored, Object key) {
        return stored == key || (key != null && key.equals(stored));
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    /** Sets or appends the mapping; returns the previous value, or null if the key was new. */
    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            Node<K, V> e;
            if (p.hash == hash && matches(p.key, key)) {
                e = p;
            } else if (p instanceof HashTreeNode) {
                e = ((HashTreeNode<K, V>) p).putTreeVal(this, tab, hash, key, value);
            } else {
                e = appendToChain(tab, p, hash, key, value);
            }
            if (e != null) {
                V oldValue = e.value;
                if (!onlyIfAbsent || oldValue == null) {
                    e.value = value;
                }
                afterNodeAccess(e);
                return oldValue;
            }
        }
        ++modCount;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    /**
     * The node of key in the plain chain starting at {@code first} (whose own key differs), or
     * null after appending a new node at its end (and treeifying a chain grown to nine).
     */
    private Node<K, V> appendToChain(Node<K, V>[] tab, Node<K, V> first, int hash, K key, V value) {
        Node<K, V> p = first;
        for (int binCount = 0;; ++binCount) {
            Node<K, V> e = p.next;
            if (e == null) {
                p.next = newNode(hash, key, value, null);
                if (binCount >= TREEIFY_THRESHOLD - 1) {
                    treeifyBin(tab, hash);
                }
                return null;
            }
            if (e.hash == hash && matches(e.key, key)) {
                return e;
            }
            p = e;
        }
    }

    /**
     * A chain grew to nine nodes: a table below 64 slots doubles, a larger one turns the chain
     * into a tree bin of new nodes in the same order.
     */
    final void treeifyBin(Node<K, V>[] tab, int hash) {
        if (tab == null || tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        int index = (tab.length - 1) & hash;
        HashTreeNode<K, V> hd = null;
        HashTreeNode<K, V> tl = null;
        for (Node<K, V> e = tab[index]; e != null; e = e.next) {
            HashTreeNode<K, V> p = replacementTreeNode(e, null);
            if (tl == null) {
                hd = p;
            } else {
                p.prev = tl;
                tl.next = p;
            }
            tl = p;
        }
        tab[index] = hd;
        if (hd != null) {
            hd.treeify(tab);
        }
    }

    /** Makes the table or doubles it, splitting each chain in order into low and high halves. */
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = oldTab == null ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        @SuppressWarnings("unchecked")
        Node<K, V>[] newTab = (Node<K, V>[]) new Node<?, ?>[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; j++) {
                Node<K, V> e = oldTab[j];
                if (e != null) {
                    oldTab[j] = null;
                    if (e instanceof HashTreeNode) {
                        ((HashTreeNode<K, V>) e).split(this, newTab, j, oldCap);
                    } else {
                        split(e, newTab, j, oldCap);
                    }
                }
            }
        }
        return newTab;
    }

    /** Moves chain {@code e} of old slot j to slots j and j + oldCap of newTab, keeping order. */
    private static <K, V> void split(Node<K, V> e, Node<K, V>[] newTab, int j, int oldCap) {
        Node<K, V> loHead = null;
        Node<K, V> loTail = null;
        Node<K, V> hiHead = null;
        Node<K, V> hiTail = null;
        while (e != null) {
            Node<K, V> next = e.next;
            if ((e.hash & oldCap) == 0) {
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
            } else {
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
            }
            e = next;
        }
        if (loTail != null) {
            loTail.next = null;
            newTab[j] = loHead;
        }
        if (hiTail != null) {
            hiTail.next = null;
            newTab[j + oldCap] = hiHead;
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    /**
     * Unlinks the node of {@code key} (whose value must equal {@code value} if matchValue).
     * {@code movable} is false for iterators' removals, which leave a tree bin's nodes in place.
     */
    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> first = tab[index];
        Node<K, V> node = find(first, hash, key);
        if (node == null || (matchValue && !(node.value == value || (value != null && value.equals(node.value))))) {
            return null;
        }
        if (node instanceof HashTreeNode) {
            ((HashTreeNode<K, V>) node).removeTreeNode(this, tab, movable);
        } else if (node == first) {
            tab[index] = node.next;
        } else {
            Node<K, V> prev = first;
            while (prev.next != node) {
                prev = prev.next;
            }
            prev.next = node.next;
        }
        ++modCount;
        --size;
        afterNodeRemoval(node);
        return node;
    }

    @Override
    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) {
                tab[i] = null;
            }
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> e : tab) {
                for (; e != null; e = e.next) {
                    V v = e.value;
                    if (v == value || (value != null && value.equals(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- views ----

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new HashMapViews.KeySet<K, V>(this);
            keySet = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new HashMapViews.Values<K, V>(this);
            values = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new HashMapViews.EntrySet<K, V>(this);
            entrySet = es;
        }
        return es;
    }

    /** Iterators of the three views; LinkedHashMap iterates its list instead of the table. */
    Iterator<K> keyIterator() {
        return new HashMapViews.KeyIterator<K, V>(this);
    }

    Iterator<V> valueIterator() {
        return new HashMapViews.ValueIterator<K, V>(this);
    }

    Iterator<Map.Entry<K, V>> entryIterator() {
        return new HashMapViews.EntryIterator<K, V>(this);
    }

    /** The first node in iteration order, or null. */
    Node<K, V> firstNode() {
        Node<K, V>[] t = table;
        if (t != null && size > 0) {
            for (Node<K, V> e : t) {
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The node after {@code e} in iteration order, or null. */
    Node<K, V> nextNode(Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        Node<K, V>[] t = table;
        for (int i = ((t.length - 1) & e.hash) + 1; i < t.length; i++) {
            if (t[i] != null) {
                return t[i];
            }
        }
        return null;
    }

    // ---- overrides of the Map defaults ----

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            afterNodeAccess(e);
            return oldValue;
        }
        return null;
    }

    /** The table, made or grown first if the last insertion left size above the threshold. */
    private Node<K, V>[] tableForInsertion() {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        return tab;
    }

    /** The node of key in the bin starting at {@code first} (a chain or a tree bin), or null. */
    private static <K, V> Node<K, V> find(Node<K, V> first, int hash, Object key) {
        if (first == null) {
            return null;
        }
        if (first.hash == hash && matches(first.key, key)) {
            return first;
        }
        if (first instanceof HashTreeNode) {
            return first.next == null ? null : ((HashTreeNode<K, V>) first).getTreeNode(hash, key);
        }
        for (Node<K, V> e = first.next; e != null; e = e.next) {
            if (e.hash == hash && matches(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Adds a node to slot i as compute, computeIfAbsent and merge do: into the tree of a tree bin,
     * else at the head of the chain (treeifying a chain grown to nine).
     */
    private void insertAtHead(Node<K, V>[] tab, int i, int hash, K key, V value) {
        Node<K, V> first = tab[i];
        if (first instanceof HashTreeNode) {
            ((HashTreeNode<K, V>) first).putTreeVal(this, tab, hash, key, value);
            return;
        }
        int chain = 0;
        for (Node<K, V> e = first; e != null; e = e.next) {
            chain++;
        }
        tab[i] = newNode(hash, key, value, first);
        if (chain >= TREEIFY_THRESHOLD - 1) {
            treeifyBin(tab, hash);
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForInsertion();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertAtHead(tab, i, hash, key, v);
        modCount = mc + 1;
        ++size;
        afterNodeInsertion(true);
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(hash(key), key, null, false, true);
        }
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForInsertion();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
        } else if (v != null) {
            insertAtHead(tab, i, hash, key, v);
            modCount = mc + 1;
            ++size;
            afterNodeInsertion(true);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForInsertion();
        int i = (tab.length - 1) & hash;
        Node<K, V> old = find(tab[i], hash, key);
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
            return v;
        }
        insertAtHead(tab, i, hash, key, value);
        ++modCount;
        ++size;
        afterNodeInsertion(true);
        return value;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> e = firstNode(); e != null; e = nextNode(e)) {
                action.accept(e.key, e.value);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> e = firstNode(); e != null; e = nextNode(e)) {
                e.value = function.apply(e.key, e.value);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> result;
        try {
            result = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        result.reinitialize();
        result.putMapEntries(this, false);
        return result;
    }

    /** Empties a clone's state (its fields were copied from the original). */
    void reinitialize() {
        table = null;
        entrySet = null;
        keySet = null;
        values = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // ---- hooks for LinkedHashMap ----

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<K, V>(hash, key, value, next);
    }

    /** A plain node for tree node {@code p} (when a bin turns back into a chain). */
    Node<K, V> replacementNode(Node<K, V> p, Node<K, V> next) {
        return new Node<K, V>(p.hash, p.key, p.value, next);
    }

    HashTreeNode<K, V> newTreeNode(int hash, K key, V value, Node<K, V> next) {
        return new HashTreeNode<K, V>(hash, key, value, next);
    }

    /** A tree node for plain node {@code p} (when a chain turns into a tree bin). */
    HashTreeNode<K, V> replacementTreeNode(Node<K, V> p, Node<K, V> next) {
        return new HashTreeNode<K, V>(p.hash, p.key, p.value, next);
    }

    void afterNodeAccess(Node<K, V> p) {
    }

    void afterNodeInsertion(boolean evict) {
    }

    void afterNodeRemoval(Node<K, V> p) {
    }
}
