package java.util;

/** A Hashtable chain entry: key, value (neither null), the key's full hash, next. */
final class HashtableEntry<K, V> implements Map.Entry<K, V> {
    final int hash;
    final K key;
    V value;
    HashtableEntry<K, V> next;

    HashtableEntry(int hash, K key, V value, HashtableEntry<K, V> next) {
        this.hash = hash;
        this.key = key;
        this.value = value;
        this.next = next;
    }

    HashtableEntry<K, V> copyChain() {
        return new HashtableEntry<K, V>(hash, key, value, next == null ? null : next.copyChain());
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
        if (value == null) {
            throw new NullPointerException();
        }
        V oldValue = this.value;
        this.value = value;
        return oldValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry && AbstractMap.entryEquals(this, (Map.Entry<?, ?>) o);
    }

    @Override
    public int hashCode() {
        return hash ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return key.toString() + "=" + value.toString();
    }
}
