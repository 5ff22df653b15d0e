package java.util;

/** The entry comparators of Map.Entry's factories. */
final class MapEntries {
    static final Comparator<Map.Entry<Comparable<Object>, Object>> BY_KEY = new ByKey<Comparable<Object>, Object>(
            Comparators.NaturalOrder.INSTANCE);
    static final Comparator<Map.Entry<Object, Comparable<Object>>> BY_VALUE = new ByValue<Object, Comparable<Object>>(
            Comparators.NaturalOrder.INSTANCE);

    private MapEntries() {
    }

    /** Orders entries by key. */
    static final class ByKey<K, V> implements Comparator<Map.Entry<K, V>>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Comparator<? super K> keys;

        @SuppressWarnings("unchecked")
        ByKey(Comparator<?> keys) {
            this.keys = (Comparator<? super K>) keys;
        }

        @Override
        public int compare(Map.Entry<K, V> c1, Map.Entry<K, V> c2) {
            return keys.compare(c1.getKey(), c2.getKey());
        }
    }

    /** Orders entries by value. */
    static final class ByValue<K, V> implements Comparator<Map.Entry<K, V>>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Comparator<? super V> values;

        @SuppressWarnings("unchecked")
        ByValue(Comparator<?> values) {
            this.values = (Comparator<? super V>) values;
        }

        @Override
        public int compare(Map.Entry<K, V> c1, Map.Entry<K, V> c2) {
            return values.compare(c1.getValue(), c2.getValue());
        }
    }
}
