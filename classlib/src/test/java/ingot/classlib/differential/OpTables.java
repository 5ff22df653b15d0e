package ingot.classlib.differential;

import static ingot.classlib.differential.Arg.ANY;
import static ingot.classlib.differential.Arg.BICONSUMER;
import static ingot.classlib.differential.Arg.BIFUNCTION;
import static ingot.classlib.differential.Arg.BOOL;
import static ingot.classlib.differential.Arg.COLLECTION;
import static ingot.classlib.differential.Arg.COMPARATOR;
import static ingot.classlib.differential.Arg.CONSUMER;
import static ingot.classlib.differential.Arg.COUNT;
import static ingot.classlib.differential.Arg.FUNCTION;
import static ingot.classlib.differential.Arg.INDEX;
import static ingot.classlib.differential.Arg.INTEGER_ARRAY;
import static ingot.classlib.differential.Arg.KEY;
import static ingot.classlib.differential.Arg.MAP;
import static ingot.classlib.differential.Arg.OBJECT_ARRAY;
import static ingot.classlib.differential.Arg.PREDICATE;
import static ingot.classlib.differential.Arg.SELF;
import static ingot.classlib.differential.Arg.UNARY;
import static ingot.classlib.differential.Arg.VALUE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations by receiver type. A receiver gets the operations of every type in the table it
 * is an instance of (on the JDK side), so a LinkedList gets those of Collection, List, Queue and
 * Deque. Static algorithms of Collections are listed under the type of their first parameter.
 */
final class OpTables {
    private final Map<String, List<Op>> byType = new LinkedHashMap<>();

    OpTables() {
        iteratorOps();
        collectionOps();
        listOps();
        setOps();
        queueOps();
        mapOps();
        arraysOps();
        classOps();
        bitSetOps();
        spliteratorOps();
        wrapperOps();
        primitiveOps();
        checkedOps();
    }

    /** Collections.checked* views of the receiver, with random element, key and value types. */
    private void checkedOps() {
        String cs = "java.util.Collections";
        Arg t = Arg.ELEMENT_TYPE;
        String[][] views = {{"java.util.Collection", "checkedCollection"}, {"java.util.Queue", "checkedQueue"},
            {"java.util.Set", "checkedSet"}, {"java.util.SortedSet", "checkedSortedSet"},
            {"java.util.NavigableSet", "checkedNavigableSet"}, {"java.util.List", "checkedList"}};
        for (String[] v : views) {
            add(v[0], Op.ofStatic(cs, v[1], new Class<?>[] {Sides.forName(v[0]), Class.class}, SELF, t));
        }
        String[][] maps = {{"java.util.Map", "checkedMap"}, {"java.util.SortedMap", "checkedSortedMap"},
            {"java.util.NavigableMap", "checkedNavigableMap"}};
        for (String[] v : maps) {
            add(v[0], Op.ofStatic(cs, v[1], new Class<?>[] {Sides.forName(v[0]), Class.class, Class.class}, SELF, t, t));
        }
    }

    /** Primitive spliterators and iterators: primitive, boxing and pass-through consumers. */
    private void primitiveOps() {
        primitiveOps("Int", Arg.INT_CONSUMER, java.util.Spliterator.OfInt.class, java.util.PrimitiveIterator.OfInt.class);
        primitiveOps("Long", Arg.LONG_CONSUMER, java.util.Spliterator.OfLong.class,
                java.util.PrimitiveIterator.OfLong.class);
        primitiveOps("Double", Arg.DOUBLE_CONSUMER, java.util.Spliterator.OfDouble.class,
                java.util.PrimitiveIterator.OfDouble.class);
    }

    private void primitiveOps(String kind, Arg consumer, Class<?> spliterator, Class<?> iterator) {
        String s = spliterator.getName();
        String ss = "java.util.Spliterators";
        add(s, Op.of(s, "tryAdvance", consumer), Op.of(s, "tryAdvance", consumer), Op.of(s, "forEachRemaining", consumer),
                Op.of(s, "tryAdvance", Arg.DUAL_CONSUMER), Op.of(s, "forEachRemaining", Arg.DUAL_CONSUMER),
                Op.ofStatic(ss, "iterator", new Class<?>[] {spliterator}, SELF));
        String it = iterator.getName();
        add(it, Op.of(it, "next" + kind), Op.of(it, "next" + kind), Op.of(it, "forEachRemaining", consumer),
                Op.of(it, "forEachRemaining", Arg.DUAL_CONSUMER),
                Op.ofStatic(ss, "spliterator", new Class<?>[] {iterator, long.class, int.class}, SELF, Arg.SIZE,
                        Arg.CHARACTERISTICS),
                Op.ofStatic(ss, "spliteratorUnknownSize", new Class<?>[] {iterator, int.class}, SELF,
                        Arg.CHARACTERISTICS));
    }

    /** Collections' sorted and navigable wrappers, empty constants and adapters. */
    private void wrapperOps() {
        String cs = "java.util.Collections";
        Class<?> sortedSet = java.util.SortedSet.class;
        Class<?> navigableSet = java.util.NavigableSet.class;
        Class<?> sortedMap = java.util.SortedMap.class;
        Class<?> navigableMap = java.util.NavigableMap.class;
        add("java.util.SortedSet", Op.ofStatic(cs, "unmodifiableSortedSet", sortedSet, SELF),
                Op.ofStatic(cs, "synchronizedSortedSet", sortedSet, SELF));
        add("java.util.NavigableSet", Op.ofStatic(cs, "unmodifiableNavigableSet", navigableSet, SELF),
                Op.ofStatic(cs, "synchronizedNavigableSet", navigableSet, SELF));
        add("java.util.SortedMap", Op.ofStatic(cs, "unmodifiableSortedMap", sortedMap, SELF),
                Op.ofStatic(cs, "synchronizedSortedMap", sortedMap, SELF));
        add("java.util.NavigableMap", Op.ofStatic(cs, "unmodifiableNavigableMap", navigableMap, SELF),
                Op.ofStatic(cs, "synchronizedNavigableMap", navigableMap, SELF));
        add("java.util.Map", Op.ofStatic(cs, "newSetFromMap", Map.class, SELF));
        add("java.util.Deque", Op.ofStatic(cs, "asLifoQueue", java.util.Deque.class, SELF));
        Class<?>[] none = new Class<?>[0];
        add("java.util.Collection", Op.ofStatic(cs, "emptySortedSet", none), Op.ofStatic(cs, "emptyNavigableSet", none),
                Op.ofStatic(cs, "emptySortedMap", none), Op.ofStatic(cs, "emptyNavigableMap", none),
                Op.ofStatic(cs, "emptyMap", none), Op.ofStatic(cs, "emptyList", none), Op.ofStatic(cs, "emptySet", none),
                Op.ofStatic(cs, "singletonMap", new Class<?>[] {Object.class, Object.class}, KEY, VALUE),
                Op.ofStatic(cs, "singleton", new Class<?>[] {Object.class}, VALUE),
                Op.ofStatic(cs, "singletonList", new Class<?>[] {Object.class}, VALUE),
                Op.ofStatic(cs, "nCopies", new Class<?>[] {int.class, Object.class}, COUNT, VALUE));
    }

    private void add(String type, Op... ops) {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).addAll(List.of(ops));
    }

    /** Wraps another spliterator (its field s), which decides whether the wrapper is reproduced. */
    static final String UNMODIFIABLE_ENTRY_SPLITERATOR =
            "java.util.Collections$UnmodifiableMap$UnmodifiableEntrySet$UnmodifiableEntrySetSpliterator";

    /**
     * The JDK spliterator classes whose behaviour ours reproduces; a spliterator() result of
     * another class is not compared. (StreamSpliterators$WrappingSpliterator: nCopies', the
     * only stream spliterator the operations reach.)
     */
    static final Set<String> SPLITERATORS = Set.of("java.util.ArrayList$ArrayListSpliterator",
            "java.util.ArrayList$SubList$2", "java.util.Spliterators$ArraySpliterator", "java.util.AbstractList$RandomAccessSpliterator",
            "java.util.HashMap$KeySpliterator", "java.util.HashMap$ValueSpliterator",
            "java.util.HashMap$EntrySpliterator", "java.util.IdentityHashMap$KeySpliterator",
            "java.util.IdentityHashMap$ValueSpliterator", "java.util.IdentityHashMap$EntrySpliterator",
            "java.util.Spliterators$IteratorSpliterator", "java.util.Spliterators$EmptySpliterator$OfRef",
            "java.util.Collections$2", "java.util.SortedSet$1", UNMODIFIABLE_ENTRY_SPLITERATOR,
            "java.util.LinkedList$LLSpliterator", "java.util.Vector$VectorSpliterator",
            "java.util.ArrayDeque$DeqSpliterator", "java.util.PriorityQueue$PriorityQueueSpliterator",
            "java.util.TreeMap$KeySpliterator", "java.util.TreeMap$DescendingKeySpliterator",
            "java.util.TreeMap$ValueSpliterator", "java.util.TreeMap$EntrySpliterator",
            "java.util.TreeMap$NavigableSubMap$SubMapKeyIterator",
            "java.util.TreeMap$NavigableSubMap$DescendingSubMapKeyIterator",
            "java.util.stream.StreamSpliterators$WrappingSpliterator",
            "java.util.Spliterators$IntArraySpliterator", "java.util.Spliterators$LongArraySpliterator",
            "java.util.Spliterators$DoubleArraySpliterator", "java.util.Spliterators$IntIteratorSpliterator",
            "java.util.Spliterators$LongIteratorSpliterator", "java.util.Spliterators$DoubleIteratorSpliterator",
            "java.util.Spliterators$EmptySpliterator$OfInt", "java.util.Spliterators$EmptySpliterator$OfLong",
            "java.util.Spliterators$EmptySpliterator$OfDouble");

    /**
     * The operations that apply to a JDK-side receiver. Iterators that the JDK also makes
     * spliterators (TreeMap submaps' key iterators) get both kinds, as ours are both too.
     */
    List<Op> applicable(Object jdkReceiver) {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, List<Op>> e : byType.entrySet()) {
            if (Sides.forName(e.getKey()).isInstance(jdkReceiver)) {
                ops.addAll(e.getValue());
            }
        }
        return ops;
    }

    /** The operations listed under one type (all, or those of one name). */
    List<Op> listedUnder(String type, String name) {
        List<Op> ops = new ArrayList<>();
        for (Op op : byType.getOrDefault(type, List.of())) {
            if (name == null || op.name.equals(name)) {
                ops.add(op);
            }
        }
        return ops;
    }

    private static final String SPLITERATOR = "java.util.Spliterator";

    private void spliteratorOps() {
        String s = SPLITERATOR;
        add(s, Op.of(s, "tryAdvance", CONSUMER), Op.of(s, "tryAdvance", CONSUMER), Op.of(s, "forEachRemaining", CONSUMER),
                Op.of(s, "trySplit"), Op.of(s, "trySplit"), Op.of(s, "estimateSize"), Op.of(s, "getExactSizeIfKnown"),
                Op.of(s, "characteristics"), Op.of(s, "hasCharacteristics", Arg.CHARACTERISTICS),
                Op.of(s, "getComparator"));
        add(s, Op.ofStatic("java.util.Spliterators", "iterator", new Class<?>[] {java.util.Spliterator.class}, SELF));
        String c = "java.util.Collection";
        add(c, Op.of(c, "spliterator"), Op.of(c, "spliterator"));
        String ss = "java.util.Spliterators";
        add(c, Op.ofStatic(ss, "spliterator", new Class<?>[] {Collection.class, int.class}, SELF, Arg.CHARACTERISTICS),
                Op.ofStatic(ss, "spliterator", new Class<?>[] {Object[].class, int.class}, Arg.SORTABLE,
                        Arg.CHARACTERISTICS),
                Op.ofStatic(ss, "spliterator", new Class<?>[] {Object[].class, int.class, int.class, int.class},
                        Arg.SORTABLE, COUNT, COUNT, Arg.CHARACTERISTICS),
                Op.ofStatic(ss, "emptySpliterator", new Class<?>[0]),
                Op.ofStatic("java.util.Arrays", "spliterator", new Class<?>[] {Object[].class}, Arg.SORTABLE),
                Op.ofStatic("java.util.Arrays", "spliterator", new Class<?>[] {Object[].class, int.class, int.class},
                        Arg.SORTABLE, COUNT, COUNT));
        String it = "java.util.Iterator";
        add(it, Op.ofStatic(ss, "spliteratorUnknownSize", new Class<?>[] {java.util.Iterator.class, int.class}, SELF,
                Arg.CHARACTERISTICS), Op.ofStatic(ss, "spliterator",
                new Class<?>[] {java.util.Iterator.class, long.class, int.class}, SELF, Arg.SIZE, Arg.CHARACTERISTICS));
    }

    private void iteratorOps() {
        String it = "java.util.Iterator";
        add(it, Op.of(it, "hasNext"), Op.of(it, "next"), Op.of(it, "next"), Op.of(it, "remove"),
                Op.of(it, "forEachRemaining", CONSUMER));
        String li = "java.util.ListIterator";
        add(li, Op.of(li, "hasPrevious"), Op.of(li, "previous"), Op.of(li, "nextIndex"),
                Op.of(li, "previousIndex"), Op.of(li, "set", VALUE), Op.of(li, "add", VALUE));
        String e = "java.util.Map$Entry";
        add(e, Op.of(e, "getKey"), Op.of(e, "getValue"), Op.of(e, "setValue", VALUE), Op.of(e, "equals", ANY),
                Op.of(e, "hashCode"), Op.of("java.lang.Object", "toString"));
        String cmp = "java.util.Comparator";
        add(cmp, Op.of(cmp, "compare", VALUE, VALUE), Op.of(cmp, "reversed"),
                Op.of(cmp, "thenComparing", COMPARATOR));
    }

    private void collectionOps() {
        String c = "java.util.Collection";
        add(c, Op.of(c, "size"), Op.of(c, "isEmpty"), Op.of(c, "contains", VALUE), Op.of(c, "contains", ANY),
                Op.of(c, "add", VALUE), Op.of(c, "add", VALUE), Op.of(c, "remove", VALUE),
                Op.of(c, "containsAll", COLLECTION), Op.of(c, "addAll", COLLECTION),
                Op.of(c, "removeAll", COLLECTION), Op.of(c, "retainAll", COLLECTION), Op.of(c, "clear"),
                Op.of(c, "toArray"), Op.of(c, "toArray", OBJECT_ARRAY), Op.of(c, "toArray", INTEGER_ARRAY),
                Op.of(c, "iterator"), Op.of(c, "iterator"), Op.of(c, "removeIf", PREDICATE),
                Op.of(c, "forEach", CONSUMER), Op.of(c, "equals", ANY), Op.of(c, "hashCode"),
                Op.of("java.lang.Object", "toString"));
        String cs = "java.util.Collections";
        add(c, Op.ofStatic(cs, "frequency", Collection.class, SELF, VALUE),
                Op.ofStatic(cs, "disjoint", new Class<?>[] {Collection.class, Collection.class}, SELF, COLLECTION),
                Op.ofStatic(cs, "max", Collection.class, SELF), Op.ofStatic(cs, "min", Collection.class, SELF),
                Op.ofStatic(cs, "max", Collection.class, SELF, COMPARATOR),
                Op.ofStatic(cs, "min", Collection.class, SELF, COMPARATOR),
                Op.ofStatic(cs, "unmodifiableCollection", Collection.class, SELF),
                Op.ofStatic(cs, "synchronizedCollection", Collection.class, SELF),
                Op.ofStatic(cs, "addAll", new Class<?>[] {Collection.class, Object[].class}, SELF, OBJECT_ARRAY));
    }

    private void listOps() {
        String l = "java.util.List";
        add(l, Op.of(l, "get", INDEX), Op.of(l, "get", INDEX), Op.of(l, "set", INDEX, VALUE),
                Op.of(l, "add", INDEX, VALUE), Op.of(l, "remove", INDEX), Op.of(l, "indexOf", VALUE),
                Op.of(l, "lastIndexOf", VALUE), Op.of(l, "listIterator"), Op.of(l, "listIterator", INDEX),
                Op.of(l, "subList", INDEX, INDEX), Op.of(l, "subList", INDEX, INDEX),
                Op.of(l, "addAll", INDEX, COLLECTION), Op.of(l, "replaceAll", UNARY), Op.of(l, "sort", COMPARATOR));
        String cs = "java.util.Collections";
        add(l, Op.ofStatic(cs, "sort", List.class, SELF), Op.ofStatic(cs, "sort", List.class, SELF, COMPARATOR),
                Op.ofStatic(cs, "reverse", List.class, SELF), Op.ofStatic(cs, "swap", List.class, SELF, INDEX, INDEX),
                Op.ofStatic(cs, "binarySearch", List.class, SELF, VALUE),
                Op.ofStatic(cs, "binarySearch", List.class, SELF, VALUE, COMPARATOR),
                Op.ofStatic(cs, "rotate", List.class, SELF, INDEX),
                Op.ofStatic(cs, "fill", List.class, SELF, VALUE),
                Op.ofStatic(cs, "replaceAll", List.class, SELF, VALUE, VALUE),
                Op.ofStatic(cs, "indexOfSubList", new Class<?>[] {List.class, List.class}, SELF, Arg.LIST),
                Op.ofStatic(cs, "lastIndexOfSubList", new Class<?>[] {List.class, List.class}, SELF, Arg.LIST),
                Op.ofStatic(cs, "copy", new Class<?>[] {List.class, List.class}, SELF, Arg.LIST),
                Op.ofStatic(cs, "unmodifiableList", List.class, SELF),
                Op.ofStatic(cs, "synchronizedList", List.class, SELF),
                Op.ofStatic(cs, "shuffle", new Class<?>[] {List.class, java.util.Random.class}, SELF, Arg.RANDOM),
                Op.ofStatic("java.util.List", "copyOf", Collection.class, SELF));
    }

    private void setOps() {
        String ss = "java.util.SortedSet";
        add(ss, Op.of(ss, "comparator"), Op.of(ss, "first"), Op.of(ss, "last"), Op.of(ss, "headSet", VALUE),
                Op.of(ss, "tailSet", VALUE), Op.of(ss, "subSet", VALUE, VALUE));
        String ns = "java.util.NavigableSet";
        add(ns, Op.of(ns, "lower", VALUE), Op.of(ns, "floor", VALUE), Op.of(ns, "ceiling", VALUE),
                Op.of(ns, "higher", VALUE), Op.of(ns, "pollFirst"), Op.of(ns, "pollLast"),
                Op.of(ns, "descendingSet"), Op.of(ns, "descendingIterator"),
                Op.of(ns, "subSet", VALUE, BOOL, VALUE, BOOL), Op.of(ns, "headSet", VALUE, BOOL),
                Op.of(ns, "tailSet", VALUE, BOOL));
        String cs = "java.util.Collections";
        add("java.util.Set", Op.ofStatic(cs, "unmodifiableSet", java.util.Set.class, SELF),
                Op.ofStatic(cs, "synchronizedSet", java.util.Set.class, SELF),
                Op.ofStatic("java.util.Set", "copyOf", Collection.class, SELF));
    }

    private void queueOps() {
        String q = "java.util.Queue";
        add(q, Op.of(q, "offer", VALUE), Op.of(q, "remove"), Op.of(q, "poll"), Op.of(q, "element"),
                Op.of(q, "peek"));
        String d = "java.util.Deque";
        add(d, Op.of(d, "addFirst", VALUE), Op.of(d, "addLast", VALUE), Op.of(d, "offerFirst", VALUE),
                Op.of(d, "offerLast", VALUE), Op.of(d, "removeFirst"), Op.of(d, "removeLast"),
                Op.of(d, "pollFirst"), Op.of(d, "pollLast"), Op.of(d, "getFirst"), Op.of(d, "getLast"),
                Op.of(d, "peekFirst"), Op.of(d, "peekLast"), Op.of(d, "removeFirstOccurrence", VALUE),
                Op.of(d, "removeLastOccurrence", VALUE), Op.of(d, "push", VALUE), Op.of(d, "pop"),
                Op.of(d, "descendingIterator"));
    }

    private void mapOps() {
        String m = "java.util.Map";
        add(m, Op.of(m, "size"), Op.of(m, "isEmpty"), Op.of(m, "containsKey", KEY), Op.of(m, "containsValue", VALUE),
                Op.of(m, "get", KEY), Op.of(m, "get", KEY), Op.of(m, "put", KEY, VALUE), Op.of(m, "put", KEY, VALUE),
                Op.of(m, "put", KEY, VALUE), Op.of(m, "remove", KEY), Op.of(m, "putAll", MAP), Op.of(m, "clear"),
                Op.of(m, "keySet"), Op.of(m, "values"), Op.of(m, "entrySet"), Op.of(m, "equals", ANY),
                Op.of(m, "hashCode"), Op.of("java.lang.Object", "toString"), Op.of(m, "getOrDefault", KEY, VALUE),
                Op.of(m, "forEach", BICONSUMER), Op.of(m, "replaceAll", BIFUNCTION),
                Op.of(m, "putIfAbsent", KEY, VALUE), Op.of(m, "remove", KEY, VALUE),
                Op.of(m, "replace", KEY, VALUE, VALUE), Op.of(m, "replace", KEY, VALUE),
                Op.of(m, "computeIfAbsent", KEY, FUNCTION), Op.of(m, "computeIfPresent", KEY, BIFUNCTION),
                Op.of(m, "compute", KEY, BIFUNCTION), Op.of(m, "merge", KEY, VALUE, BIFUNCTION));
        String cs = "java.util.Collections";
        add(m, Op.ofStatic(cs, "unmodifiableMap", Map.class, SELF), Op.ofStatic(cs, "synchronizedMap", Map.class, SELF),
                Op.ofStatic("java.util.Map", "copyOf", Map.class, SELF));
        String sm = "java.util.SortedMap";
        add(sm, Op.of(sm, "comparator"), Op.of(sm, "firstKey"), Op.of(sm, "lastKey"), Op.of(sm, "headMap", KEY),
                Op.of(sm, "tailMap", KEY), Op.of(sm, "subMap", KEY, KEY));
        String nm = "java.util.NavigableMap";
        add(nm, Op.of(nm, "lowerEntry", KEY), Op.of(nm, "lowerKey", KEY), Op.of(nm, "floorEntry", KEY),
                Op.of(nm, "floorKey", KEY), Op.of(nm, "ceilingEntry", KEY), Op.of(nm, "ceilingKey", KEY),
                Op.of(nm, "higherEntry", KEY), Op.of(nm, "higherKey", KEY), Op.of(nm, "firstEntry"),
                Op.of(nm, "lastEntry"), Op.of(nm, "pollFirstEntry"), Op.of(nm, "pollLastEntry"),
                Op.of(nm, "descendingMap"), Op.of(nm, "navigableKeySet"), Op.of(nm, "descendingKeySet"),
                Op.of(nm, "subMap", KEY, BOOL, KEY, BOOL), Op.of(nm, "headMap", KEY, BOOL),
                Op.of(nm, "tailMap", KEY, BOOL));
    }

    /** The static methods of Arrays, on fresh arrays (listed under any collection receiver). */
    private void arraysOps() {
        String a = "java.util.Arrays";
        Class<?>[] ints = {int[].class};
        Class<?>[] objects = {Object[].class};
        add("java.util.Collection",
                Op.ofStatic(a, "sort", ints, Arg.INT_ARRAY),
                Op.ofStatic(a, "sort", new Class<?>[] {int[].class, int.class, int.class}, Arg.INT_ARRAY, COUNT, COUNT),
                Op.ofStatic(a, "sort", new Class<?>[] {double[].class}, Arg.DOUBLE_ARRAY),
                Op.ofStatic(a, "sort", objects, Arg.SORTABLE),
                Op.ofStatic(a, "sort", new Class<?>[] {Object[].class, java.util.Comparator.class}, Arg.SORTABLE, COMPARATOR),
                Op.ofStatic(a, "sort", new Class<?>[] {Object[].class, int.class, int.class, java.util.Comparator.class},
                        Arg.SORTABLE, COUNT, COUNT, COMPARATOR),
                Op.ofStatic(a, "binarySearch", new Class<?>[] {int[].class, int.class}, Arg.INT_ARRAY, COUNT),
                Op.ofStatic(a, "binarySearch", new Class<?>[] {Object[].class, Object.class}, Arg.SORTABLE, VALUE),
                Op.ofStatic(a, "fill", new Class<?>[] {Object[].class, int.class, int.class, Object.class},
                        Arg.SORTABLE, COUNT, COUNT, VALUE),
                Op.ofStatic(a, "equals", new Class<?>[] {int[].class, int[].class}, Arg.INT_ARRAY, Arg.INT_ARRAY),
                Op.ofStatic(a, "hashCode", ints, Arg.INT_ARRAY), Op.ofStatic(a, "hashCode", objects, Arg.SORTABLE),
                Op.ofStatic(a, "hashCode", new Class<?>[] {double[].class}, Arg.DOUBLE_ARRAY),
                Op.ofStatic(a, "toString", ints, Arg.INT_ARRAY), Op.ofStatic(a, "toString", objects, Arg.SORTABLE),
                Op.ofStatic(a, "toString", new Class<?>[] {double[].class}, Arg.DOUBLE_ARRAY),
                Op.ofStatic(a, "deepToString", objects, Arg.SORTABLE),
                Op.ofStatic(a, "deepHashCode", objects, Arg.SORTABLE),
                Op.ofStatic(a, "deepEquals", new Class<?>[] {Object[].class, Object[].class}, Arg.SORTABLE, Arg.SORTABLE),
                Op.ofStatic(a, "copyOf", new Class<?>[] {int[].class, int.class}, Arg.INT_ARRAY, COUNT),
                Op.ofStatic(a, "copyOfRange", new Class<?>[] {int[].class, int.class, int.class}, Arg.INT_ARRAY, COUNT, COUNT),
                Op.ofStatic(a, "copyOf", new Class<?>[] {Object[].class, int.class}, Arg.SORTABLE, COUNT),
                Op.ofStatic(a, "asList", objects, Arg.SORTABLE));
    }

    private void bitSetOps() {
        String b = "java.util.BitSet";
        Arg bit = Arg.BIT;
        add(b, Op.of(b, "set", bit), Op.of(b, "set", bit), Op.of(b, "set", bit, BOOL), Op.of(b, "set", bit, bit),
                Op.of(b, "set", bit, bit, BOOL), Op.of(b, "clear", bit), Op.of(b, "clear", bit, bit), Op.of(b, "clear"),
                Op.of(b, "get", bit), Op.of(b, "get", bit, bit), Op.of(b, "flip", bit), Op.of(b, "flip", bit, bit),
                Op.of(b, "nextSetBit", bit), Op.of(b, "nextClearBit", bit), Op.of(b, "previousSetBit", bit),
                Op.of(b, "previousClearBit", bit), Op.of(b, "length"), Op.of(b, "isEmpty"), Op.of(b, "size"),
                Op.of(b, "cardinality"), Op.of(b, "intersects", Arg.BITSET), Op.of(b, "and", Arg.BITSET),
                Op.of(b, "or", Arg.BITSET), Op.of(b, "xor", Arg.BITSET), Op.of(b, "andNot", Arg.BITSET),
                Op.of(b, "equals", ANY), Op.of(b, "equals", Arg.BITSET), Op.of(b, "hashCode"), Op.of(b, "clone"),
                Op.of("java.lang.Object", "toString"), Op.of(b, "toByteArray"), Op.of(b, "toLongArray"),
                Op.ofStatic(b, "valueOf", new Class<?>[] {long[].class}, Arg.LONG_ARRAY),
                Op.ofStatic(b, "valueOf", new Class<?>[] {byte[].class}, Arg.BYTE_ARRAY));
    }

    private void classOps() {
        String al = "java.util.ArrayList";
        add(al, Op.of(al, "ensureCapacity", COUNT), Op.of(al, "trimToSize"), Op.of(al, "clone"));
        add("java.util.HashMap", Op.of("java.util.HashMap", "clone"));
        add("java.util.HashSet", Op.of("java.util.HashSet", "clone"));
        add("java.util.IdentityHashMap", Op.of("java.util.IdentityHashMap", "clone"));
        add("java.util.LinkedList", Op.of("java.util.LinkedList", "clone"));
        add("java.util.ArrayDeque", Op.of("java.util.ArrayDeque", "clone"));
        add("java.util.TreeMap", Op.of("java.util.TreeMap", "clone"));
        add("java.util.TreeSet", Op.of("java.util.TreeSet", "clone"));
        add("java.util.PriorityQueue", Op.of("java.util.PriorityQueue", "comparator"));
        String v = "java.util.Vector";
        add(v, Op.of(v, "elementAt", INDEX), Op.of(v, "firstElement"), Op.of(v, "lastElement"),
                Op.of(v, "addElement", VALUE), Op.of(v, "removeElementAt", INDEX), Op.of(v, "insertElementAt", VALUE, INDEX),
                Op.of(v, "setElementAt", VALUE, INDEX), Op.of(v, "removeElement", VALUE), Op.of(v, "setSize", COUNT),
                Op.of(v, "capacity"), Op.of(v, "ensureCapacity", COUNT), Op.of(v, "trimToSize"),
                Op.of(v, "indexOf", VALUE, INDEX), Op.of(v, "lastIndexOf", VALUE, INDEX), Op.of(v, "elements"),
                Op.of(v, "removeAllElements"), Op.of(v, "clone"), Op.of(v, "copyInto", OBJECT_ARRAY));
        String st = "java.util.Stack";
        add(st, Op.of(st, "push", VALUE), Op.of(st, "push", VALUE), Op.of(st, "pop"), Op.of(st, "peek"),
                Op.of(st, "empty"), Op.of(st, "search", VALUE));
        String ht = "java.util.Hashtable";
        add(ht, Op.of(ht, "contains", VALUE), Op.of(ht, "keys"), Op.of(ht, "elements"), Op.of(ht, "clone"));
        String sj = "java.util.StringJoiner";
        add(sj, Op.of(sj, "add", Arg.CHARS), Op.of(sj, "add", Arg.CHARS), Op.of(sj, "setEmptyValue", Arg.CHARS),
                Op.of(sj, "length"), Op.of("java.lang.Object", "toString"),
                Op.of(sj, "merge", Arg.JOINER));
        String tok = "java.util.StringTokenizer";
        add(tok, Op.of(tok, "hasMoreTokens"), Op.of(tok, "nextToken"), Op.of(tok, "nextToken"),
                Op.of(tok, "nextToken", Arg.TEXT), Op.of(tok, "countTokens"));
        String opt = "java.util.Optional";
        add(opt, Op.of(opt, "get"), Op.of(opt, "isPresent"), Op.of(opt, "isEmpty"), Op.of(opt, "orElse", VALUE),
                Op.of(opt, "filter", PREDICATE), Op.of(opt, "map", Arg.FUNCTION), Op.of(opt, "ifPresent", CONSUMER),
                Op.of(opt, "orElseThrow"), Op.of(opt, "equals", ANY), Op.of(opt, "hashCode"),
                Op.of("java.lang.Object", "toString"));
        String oi = "java.util.OptionalInt";
        add(oi, Op.of(oi, "getAsInt"), Op.of(oi, "isPresent"), Op.of(oi, "orElse", COUNT), Op.of(oi, "orElseThrow"),
                Op.of(oi, "equals", ANY), Op.of(oi, "hashCode"));
        add("java.util.EnumMap", Op.of("java.util.EnumMap", "clone"));
        String es = "java.util.EnumSet";
        add(es, Op.of(es, "clone"), Op.ofStatic(es, "complementOf", new Class<?>[] {java.util.EnumSet.class}, SELF),
                Op.ofStatic(es, "copyOf", new Class<?>[] {java.util.EnumSet.class}, SELF));
        String fm = "java.util.Formatter";
        Op format = Op.of(fm, "format", Arg.FORMAT, Arg.FORMAT_ARGS);
        add(fm, format, format, format, format, format, format, Op.of("java.lang.Object", "toString"),
                Op.of(fm, "out"), Op.of(fm, "flush"), Op.of(fm, "ioException"));
        String rd = "java.util.Random";
        add(rd, Op.of(rd, "nextGaussian"), Op.of(rd, "nextGaussian"), Op.of(rd, "nextGaussian"),
                Op.of(rd, "nextDouble"), Op.of(rd, "nextInt"), Op.of(rd, "nextInt", COUNT), Op.of(rd, "nextLong"),
                Op.of(rd, "nextBoolean"), Op.of(rd, "nextFloat"), Op.of(rd, "setSeed", Arg.SEED));
        String en = "java.util.Enumeration";
        add(en, Op.of(en, "hasMoreElements"), Op.of(en, "nextElement"), Op.of(en, "nextElement"));
    }
}
