package java.util;

/**
 * The unmodifiable collections of List.of, Set.of and Map.of and their copyOf: no nulls, no
 * mutation (UnsupportedOperationException), queries with null throw NullPointerException. Sets
 * and maps hash into a table twice their size by linear probing; iteration starts at a place
 * chosen by {@link #SALT} and walks the table in the direction {@link #REVERSE} picks. The JDK
 * draws its salt at start-up; this library fixes it (a JDK run may draw the same value), so
 * programs see one order. The differential harness sets both to the JDK's values.
 */
final class ImmutableCollections {
    /** Chooses where set and map iteration starts. Not final: the harness sets the JDK's value. */
    static long salt = 0x5DEECE66DL & 0xFFFF_FFFFL;
    /** Whether set and map iteration walks the table upwards. */
    static boolean reverse = (salt & 1) == 0;
    static final int EXPAND_FACTOR = 2;

    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- factories ----

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) ImmutableList.EMPTY;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> List<E> listOf(E... elements) {
        Object[] copy = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            copy[i] = Objects.requireNonNull(elements[i]);
        }
        return new ImmutableList<E>(copy);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ImmutableList) {
            return (List<E>) coll;
        }
        return (List<E>) listOf(coll.toArray());
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) ImmutableSet.EMPTY;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> Set<E> setOf(E... elements) {
        return new ImmutableSet<E>(elements);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof ImmutableSet) {
            return (Set<E>) coll;
        }
        return (Set<E>) new ImmutableSet<Object>(new HashSet<E>(coll).toArray(), true);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) ImmutableMap.EMPTY;
    }

    static <K, V> Map<K, V> mapOf(Object[] keysAndValues) {
        return new ImmutableMap<K, V>(keysAndValues);
    }

    /** Map.copyOf: the map itself if immutable, else Map.ofEntries of its entry set's toArray. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> map) {
        if (map instanceof ImmutableMap) {
            return (Map<K, V>) map;
        }
        return (Map<K, V>) Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
    }

    /** Where a set or map iteration over a table of {@code slots} slots starts. */
    static int startSlot(int slots) {
        return (int) ((salt * slots) >>> 32);
    }
}
