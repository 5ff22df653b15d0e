package ingot.classlib.differential;

import static ingot.classlib.differential.Arg.BOOL;
import static ingot.classlib.differential.Arg.COLLECTION;
import static ingot.classlib.differential.Arg.COUNT;
import static ingot.classlib.differential.Arg.MAP;
import static ingot.classlib.differential.Arg.VALUES;

import java.util.ArrayList;
import java.util.List;

/** The scenarios: every class under test with the ways to make it and its values. */
final class Scenarios {
    private Scenarios() {
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario("ArrayList", Domain.MIXED).ctor("java.util.ArrayList")
                .ctor("java.util.ArrayList", COUNT).ctor("java.util.ArrayList", COLLECTION));
        all.add(new Scenario("Arrays.asList", Domain.INTS)
                .factory("java.util.Arrays", "asList", new Class<?>[] {Object[].class}, VALUES));
        all.add(new Scenario("HashMap", Domain.INTS).ctor("java.util.HashMap").ctor("java.util.HashMap", COUNT)
                .ctor("java.util.HashMap", MAP));
        all.add(new Scenario("HashMap colliding", Domain.COLLIDING).ctor("java.util.HashMap")
                .ctor("java.util.HashMap", MAP));
        all.add(new Scenario("HashMap tree bins", Domain.TREE).fill(30).ctor("java.util.HashMap")
                .ctor("java.util.HashMap", COUNT, Arg.SMALL_LOAD).ctor("java.util.HashMap", MAP));
        all.add(new Scenario("LinkedHashMap tree bins", Domain.TREE).fill(30)
                .ctor("java.util.LinkedHashMap", COUNT, Arg.SMALL_LOAD, BOOL));
        all.add(new Scenario("HashSet tree bins", Domain.TREE).fill(30)
                .ctor("java.util.HashSet", COUNT, Arg.SMALL_LOAD).ctor("java.util.HashSet", COLLECTION));
        all.add(new Scenario("IdentityHashMap", Domain.IDENTITY).fill(15).ctor("java.util.IdentityHashMap")
                .ctor("java.util.IdentityHashMap", COUNT).ctor("java.util.IdentityHashMap", MAP));
        all.add(new Scenario("LinkedHashMap", Domain.COLLIDING).ctor("java.util.LinkedHashMap")
                .ctor("java.util.LinkedHashMap", MAP));
        all.add(new Scenario("LinkedHashMap access order", Domain.INTS)
                .ctor("java.util.LinkedHashMap", COUNT, Arg.FLOAT, BOOL)
                .ctor("ingot.classlib.fixtures.BoundedLinkedHashMap", COUNT, BOOL));
        all.add(new Scenario("HashSet", Domain.COLLIDING).ctor("java.util.HashSet").ctor("java.util.HashSet", COLLECTION)
                .ctor("java.util.HashSet", COUNT));
        all.add(new Scenario("LinkedHashSet", Domain.MIXED).ctor("java.util.LinkedHashSet")
                .ctor("java.util.LinkedHashSet", COLLECTION));
        all.add(new Scenario("LinkedList", Domain.MIXED).ctor("java.util.LinkedList")
                .ctor("java.util.LinkedList", COLLECTION));
        all.add(new Scenario("ArrayDeque", Domain.NON_NULL).ctor("java.util.ArrayDeque")
                .ctor("java.util.ArrayDeque", COUNT).ctor("java.util.ArrayDeque", COLLECTION));
        all.add(new Scenario("TreeMap", Domain.SORTED).ctor("java.util.TreeMap").ctor("java.util.TreeMap", MAP)
                .ctor("java.util.TreeMap", Arg.COMPARATOR));
        all.add(new Scenario("TreeSet", Domain.SORTED).ctor("java.util.TreeSet")
                .ctor("java.util.TreeSet", COLLECTION).ctor("java.util.TreeSet", Arg.COMPARATOR));
        all.add(new Scenario("PriorityQueue", Domain.SORTED).ctor("java.util.PriorityQueue")
                .ctor("java.util.PriorityQueue", COLLECTION).ctor("java.util.PriorityQueue", COUNT, Arg.COMPARATOR));
        all.add(new Scenario("Vector", Domain.MIXED).ctor("java.util.Vector").ctor("java.util.Vector", COUNT)
                .ctor("java.util.Vector", COUNT, COUNT).ctor("java.util.Vector", COLLECTION));
        all.add(new Scenario("Stack", Domain.MIXED).ctor("java.util.Stack"));
        all.add(new Scenario("Hashtable", Domain.COLLIDING).ctor("java.util.Hashtable").ctor("java.util.Hashtable", COUNT)
                .ctor("java.util.Hashtable", MAP).ctor("java.util.Hashtable", COUNT, Arg.FLOAT));
        all.add(new Scenario("BitSet", Domain.INTS).ctor("java.util.BitSet").ctor("java.util.BitSet", Arg.BIT)
                .factory("java.util.BitSet", "valueOf", new Class<?>[] {long[].class}, Arg.LONG_ARRAY)
                .factory("java.util.BitSet", "valueOf", new Class<?>[] {byte[].class}, Arg.BYTE_ARRAY));
        all.add(new Scenario("StringJoiner", Domain.INTS).ctor("java.util.StringJoiner", Arg.CHARS)
                .ctor("java.util.StringJoiner", Arg.CHARS, Arg.CHARS, Arg.CHARS));
        all.add(new Scenario("StringTokenizer", Domain.INTS).ctor("java.util.StringTokenizer", Arg.TEXT)
                .ctor("java.util.StringTokenizer", Arg.TEXT, Arg.TEXT)
                .ctor("java.util.StringTokenizer", Arg.TEXT, Arg.TEXT, BOOL));
        all.add(new Scenario("Optional", Domain.INTS)
                .factory("java.util.Optional", "ofNullable", new Class<?>[] {Object.class}, Arg.VALUE)
                .factory("java.util.Optional", "of", new Class<?>[] {Object.class}, Arg.VALUE)
                .factory("java.util.Optional", "empty", new Class<?>[0])
                .factory("java.util.OptionalInt", "of", new Class<?>[] {int.class}, COUNT)
                .factory("java.util.OptionalInt", "empty", new Class<?>[0]));
        all.add(new Scenario("EnumMap", Domain.ENUMS).ctor("java.util.EnumMap", Arg.ENUM_CLASS)
                .factory("java.util.EnumMap", null, new Class<?>[] {java.util.Map.class}, MAP));
        Class<?>[] enumPair = {Enum.class, Enum.class};
        all.add(new Scenario("EnumSet", Domain.ENUMS)
                .factory("java.util.EnumSet", "noneOf", new Class<?>[] {Class.class}, Arg.ENUM_CLASS)
                .factory("java.util.EnumSet", "allOf", new Class<?>[] {Class.class}, Arg.ENUM_CLASS)
                .factory("java.util.EnumSet", "of", new Class<?>[] {Enum.class}, Arg.ENUM)
                .factory("java.util.EnumSet", "of", enumPair, Arg.ENUM, Arg.ENUM)
                .factory("java.util.EnumSet", "range", enumPair, Arg.ENUM, Arg.ENUM)
                .factory("java.util.EnumSet", "copyOf", new Class<?>[] {java.util.Collection.class}, COLLECTION));
        all.add(new Scenario("Formatter", Domain.INTS).ctor("java.util.Formatter")
                .ctor("java.util.Formatter", Arg.APPENDABLE));
        all.add(new Scenario("Random", Domain.INTS).ctor("java.util.Random", Arg.SEED));
        all.add(new Scenario("List.of", Domain.NON_NULL)
                .factory("java.util.List", "of", new Class<?>[] {Object[].class}, VALUES));
        all.add(new Scenario("Set.of", Domain.NON_NULL)
                .factory("java.util.Set", "of", new Class<?>[] {Object[].class}, VALUES));
        spliteratorScenarios(all);
        primitiveScenarios(all);
        checkedScenarios(all);
        return all;
    }

    /** Checked views (Collections.checked*) over fresh backing collections and maps. */
    private static void checkedScenarios(List<Scenario> all) {
        String fixture = "ingot.classlib.fixtures.Checked";
        Class<?>[] collection = {int.class, Object[].class, Class.class};
        Class<?>[] map = {int.class, Object[].class, Class.class, Class.class};
        Arg t = Arg.ELEMENT_TYPE;
        all.add(new Scenario("checked Collection", Domain.MIXED).factory(fixture, "collection", collection, COUNT, VALUES, t)
                .factory(fixture, "queue", collection, COUNT, VALUES, t));
        all.add(new Scenario("checked List", Domain.MIXED).factory(fixture, "list", collection, COUNT, VALUES, t));
        all.add(new Scenario("checked Set", Domain.SORTED).factory(fixture, "set", collection, COUNT, VALUES, t)
                .factory(fixture, "sortedSet", collection, COUNT, VALUES, t)
                .factory(fixture, "navigableSet", collection, COUNT, VALUES, t));
        all.add(new Scenario("checked Map", Domain.SORTED).factory(fixture, "map", map, COUNT, VALUES, t, t)
                .factory(fixture, "sortedMap", map, COUNT, VALUES, t, t)
                .factory(fixture, "navigableMap", map, COUNT, VALUES, t, t));
    }

    /** Primitive spliterators: over arrays, primitive iterators, Abstract*Spliterator subclasses, empty. */
    private static void primitiveScenarios(List<Scenario> all) {
        primitive(all, "int", int[].class, Arg.INT_ARRAY, Arg.INT_ITERATOR, "ints");
        primitive(all, "long", long[].class, Arg.LONG_VALUES, Arg.LONG_ITERATOR, "longs");
        primitive(all, "double", double[].class, Arg.DOUBLE_ARRAY, Arg.DOUBLE_ITERATOR, "doubles");
        all.add(new Scenario("AbstractSpliterator", Domain.INTS).factory("ingot.classlib.fixtures.PrimitiveSources",
                "objects", new Class<?>[] {Object[].class, long.class, int.class}, Arg.SORTABLE, Arg.SIZE,
                Arg.CHARACTERISTICS));
    }

    private static void primitive(List<Scenario> all, String type, Class<?> array, Arg values, Arg iterator,
            String abstractFactory) {
        String a = "java.util.Arrays";
        String ss = "java.util.Spliterators";
        String upper = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        Class<?> primitiveIterator = iterator.jdkType;
        all.add(new Scenario(type + " spliterators", Domain.INTS)
                .factory(a, "spliterator", new Class<?>[] {array}, values)
                .factory(a, "spliterator", new Class<?>[] {array, int.class, int.class}, values, COUNT, COUNT)
                .factory(ss, "spliterator", new Class<?>[] {array, int.class}, values, Arg.CHARACTERISTICS)
                .factory(ss, "spliterator", new Class<?>[] {array, int.class, int.class, int.class}, values, COUNT,
                        COUNT, Arg.CHARACTERISTICS)
                .factory(ss, "empty" + upper + "Spliterator", new Class<?>[0])
                .factory(ss, "spliterator", new Class<?>[] {primitiveIterator, long.class, int.class}, iterator,
                        Arg.SIZE, Arg.CHARACTERISTICS)
                .factory(ss, "spliteratorUnknownSize", new Class<?>[] {primitiveIterator, int.class}, iterator,
                        Arg.CHARACTERISTICS)
                .factory("ingot.classlib.fixtures.PrimitiveSources", abstractFactory,
                        new Class<?>[] {array, long.class, int.class}, values, Arg.SIZE, Arg.CHARACTERISTICS));
    }

    /** Collections grown a little, whose spliterators (and those of their views) get many steps. */
    private static void spliteratorScenarios(List<Scenario> all) {
        all.add(spliterating(new Scenario("ArrayList spliterators", Domain.MIXED).ctor("java.util.ArrayList")
                .ctor("java.util.ArrayList", COLLECTION)));
        all.add(spliterating(new Scenario("LinkedList spliterators", Domain.MIXED).ctor("java.util.LinkedList")
                .ctor("java.util.LinkedList", COLLECTION)));
        all.add(spliterating(new Scenario("Vector spliterators", Domain.MIXED).ctor("java.util.Vector")
                .ctor("java.util.Vector", COUNT, COUNT).ctor("java.util.Stack")));
        all.add(spliterating(new Scenario("ArrayDeque spliterators", Domain.NON_NULL).ctor("java.util.ArrayDeque")
                .ctor("java.util.ArrayDeque", COUNT)));
        all.add(spliterating(new Scenario("PriorityQueue spliterators", Domain.SORTED).ctor("java.util.PriorityQueue")
                .ctor("java.util.PriorityQueue", COUNT, Arg.COMPARATOR)));
        all.add(spliterating(new Scenario("TreeMap spliterators", Domain.SORTED).ctor("java.util.TreeMap")
                .ctor("java.util.TreeMap", Arg.COMPARATOR)));
        all.add(spliterating(new Scenario("TreeSet spliterators", Domain.SORTED).ctor("java.util.TreeSet")
                .ctor("java.util.TreeSet", Arg.COMPARATOR)));
        all.add(spliterating(new Scenario("nCopies spliterators", Domain.INTS)
                .factory("java.util.Collections", "nCopies", new Class<?>[] {int.class, Object.class}, COUNT, Arg.VALUE)));
    }

    /** A quarter of the steps insert into the root, 30% go to spliterators, 12% make one. */
    private static Scenario spliterating(Scenario s) {
        return s.fill(20).focus(30, "java.util.Spliterator", null).focus(12, "java.util.Collection", "spliterator");
    }
}
