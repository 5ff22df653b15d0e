package conformance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Lambdas and method references as javac 17 compiles them (LambdaMetafactory.metafactory and
 * altMetafactory): every kind of implementation method, captures, the metafactory's type
 * adaptations, identity of non-capturing lambdas, and the library's functional APIs. Ends with
 * an exception thrown through a lambda, uncaught.
 */
public class Lambdas {
    static IntUnaryOperator factorial;
    private final String name;
    private int counter;

    Lambdas(String name) {
        this.name = name;
    }

    Lambdas() {
        this("anonymous");
    }

    String name() {
        return name;
    }

    private String greet(String whom) {
        return name + " greets " + whom;
    }

    static int twice(int x) {
        return 2 * x;
    }

    static String describe(Object o) {
        return "<" + o + ">";
    }

    interface Shape {
        double area();

        default Supplier<String> describer() {
            return () -> label() + " of area " + area();
        }

        private String label() {
            return getClass() == Square.class ? "square" : "shape";
        }
    }

    static final class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }
    }

    /** A functional interface whose generic method needs a bridge in the lambda class. */
    interface Namer<T> {
        String nameOf(T t);
    }

    interface StringNamer extends Namer<String> {
        String nameOf(String s);
    }

    interface Marker {
    }

    /** Two inherited methods that erase differently: the metafactory is asked for a bridge. */
    interface Generic<T> {
        String convert(T t);
    }

    interface Specific {
        String convert(String s);
    }

    interface Both extends Generic<String>, Specific {
    }

    public static void main(String[] args) {
        basics();
        captures();
        methodReferences();
        adaptations();
        identity();
        composition();
        collections();
        comparators();
        alternative();
        recursion();
        exceptions();
        Runnable failing = () -> fail("from a lambda");
        failing.run();
    }

    static void basics() {
        Runnable r = () -> System.out.println("run");
        r.run();
        Supplier<String> s = () -> "supplied";
        System.out.println(s.get());
        Function<String, Integer> length = x -> x.length();
        System.out.println(length.apply("four"));
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        System.out.println(add.apply(40, 2));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.test("x") + " " + empty.negate().test("x"));
        Consumer<String> printer = System.out::println;
        printer.accept("consumed");
        IntPredicate even = n -> n % 2 == 0;
        System.out.println(even.test(4) + " " + even.test(7) + " " + even.and(n -> n > 5).test(4));
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(half.applyAsDouble(5.0));
        LongFunction<String> hex = Long::toHexString;
        System.out.println(hex.apply(255L));
    }

    static void captures() {
        int base = 10;
        long big = 1L << 40;
        double scale = 0.5;
        char mark = '#';
        String prefix = "p:";
        IntUnaryOperator plus = x -> x + base;
        System.out.println(plus.applyAsInt(5));
        Supplier<String> all = () -> prefix + base + " " + big + " " + scale + " " + mark;
        System.out.println(all.get());
        Lambdas me = new Lambdas("me");
        Supplier<String> bound = me::name;
        System.out.println(bound.get());
        System.out.println(me.greeter().apply("you"));
        me.count();
        me.count();
        System.out.println("counter " + me.counter);
        int[] box = {0};
        Runnable bump = () -> box[0]++;
        bump.run();
        bump.run();
        System.out.println("box " + box[0]);
        Square square = new Square(3);
        System.out.println(square.describer().get());
    }

    Function<String, String> greeter() {
        return this::greet;
    }

    void count() {
        Runnable r = () -> counter++;
        r.run();
    }

    static void methodReferences() {
        IntUnaryOperator doubler = Lambdas::twice;
        System.out.println(doubler.applyAsInt(21));
        Function<String, Integer> length = String::length;
        System.out.println(length.apply("seven!!"));
        BiFunction<String, String, Boolean> starts = String::startsWith;
        System.out.println(starts.apply("lambda", "lam"));
        Function<String, Lambdas> make = Lambdas::new;
        System.out.println(make.apply("made").name());
        Supplier<Lambdas> anonymous = Lambdas::new;
        System.out.println(anonymous.get().name());
        Supplier<ArrayList<String>> list = ArrayList::new;
        ArrayList<String> fresh = list.get();
        fresh.add("one");
        System.out.println(fresh);
        IntFunction<int[]> ints = int[]::new;
        System.out.println(ints.apply(3).length);
        IntFunction<String[][]> grid = String[][]::new;
        System.out.println(grid.apply(2).length);
        Function<Object, String> describe = Lambdas::describe;
        System.out.println(describe.apply(42));
        UnaryOperator<String> upper = String::toUpperCase;
        System.out.println(upper.apply("shout"));
        Function<Integer, String> text = String::valueOf;
        System.out.println(text.apply(17) + "!");
        Function<List<String>, Integer> size = List::size;
        Supplier<List<String>> none = List::of;
        System.out.println(size.apply(List.of("a", "b")) + " " + size.apply(none.get()));
        Function<String, Integer> parse = Integer::parseInt;
        BinaryOperator<Integer> max = Math::max;
        System.out.println(max.apply(parse.apply("-5"), parse.apply("12")));
        Function<int[], int[]> copy = int[]::clone;
        System.out.println(Arrays.toString(copy.apply(new int[] {1, 2})));
    }

    static void adaptations() {
        IntBinaryOperator sum = Integer::sum;
        System.out.println(sum.applyAsInt(3, 4));
        BinaryOperator<Integer> boxedSum = Integer::sum;
        System.out.println(boxedSum.apply(5, 6));
        ToIntFunction<String> len = String::length;
        System.out.println(len.applyAsInt("abc"));
        ToLongFunction<Integer> widened = Integer::intValue;
        System.out.println(widened.applyAsLong(99));
        ToDoubleFunction<Integer> toDouble = i -> i;
        System.out.println(toDouble.applyAsDouble(3));
        Function<Integer, Long> boxWiden = Lambdas::widen;
        System.out.println(boxWiden.apply(8));
        Function<Character, Integer> code = Lambdas::codeOf;
        System.out.println(code.apply('A'));
        IntFunction<Object> boxed = Integer::valueOf;
        System.out.println(boxed.apply(12).getClass().getName());
        IntFunction<Long> widenBox = Lambdas::longBox;
        System.out.println(widenBox.apply(13));
        IntSupplier unboxedResult = Lambdas::boxedSeven;
        System.out.println(unboxedResult.getAsInt());
        Supplier<Number> number = () -> 1.5f;
        System.out.println(number.get());
        Runnable discards = Lambdas::boxedSeven;
        discards.run();
        try {
            ToIntFunction<Integer> unbox = Integer::intValue;
            unbox.applyAsInt(null);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NullPointerException");
        }
        try {
            IntBinaryOperator fromNull = Lambdas::nullSum;
            fromNull.applyAsInt(1, 2);
        } catch (NullPointerException e) {
            System.out.println("null result: NullPointerException");
        }
        try {
            @SuppressWarnings({"rawtypes", "unchecked"})
            Function<Object, Object> raw = (Function) (Function<String, Integer>) String::length;
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("raw call: " + e.getMessage());
        }
    }

    static long widen(long x) {
        return x * 1000000000L;
    }

    static int codeOf(int c) {
        return c;
    }

    static long longBox(long x) {
        return -x;
    }

    static Integer boxedSeven() {
        return 7;
    }

    static Integer nullSum(int a, int b) {
        return null;
    }

    static Supplier<String> nonCapturing() {
        return () -> "same";
    }

    static Supplier<String> capturing(String s) {
        return () -> s;
    }

    static void identity() {
        System.out.println("non-capturing same: " + (nonCapturing() == nonCapturing()));
        System.out.println("capturing same: " + (capturing("a") == capturing("a")));
        System.out.println("same class: " + (capturing("a").getClass() == capturing("b").getClass()));
        Runnable first = Lambdas::twiceTen;
        Runnable second = Lambdas::twiceTen;
        System.out.println("two sites same: " + (first == second));
        System.out.println("equals itself: " + first.equals(first) + " " + first.equals(second));
        System.out.println("hash stable: " + (first.hashCode() == first.hashCode()));
        System.out.println("is Runnable: " + (first instanceof Runnable) + ", Serializable: " + (first instanceof Serializable));
        Object o = first;
        try {
            String s = (String) o;
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }

    static void twiceTen() {
        twice(10);
    }

    static void composition() {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5));
        System.out.println(Function.<String>identity().apply("id"));
        BiFunction<String, Integer, String> repeat = String::repeat;
        System.out.println(repeat.andThen(String::length).apply("ab", 3));
        Predicate<String> longWord = w -> w.length() > 4;
        Predicate<String> startsA = w -> w.startsWith("a");
        System.out.println(longWord.and(startsA).test("apple") + " " + longWord.or(startsA).test("ax")
                + " " + longWord.and(startsA.negate()).test("apple"));
        Optional<String> present = Optional.of("value");
        System.out.println(present.map(String::length).orElse(-1) + " " + Optional.<String>empty().map(String::length).orElse(-1));
        System.out.println(present.filter(v -> v.startsWith("v")).isPresent());
        System.out.println(Optional.<String>empty().orElseGet(() -> "fallback"));
    }

    static void collections() {
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "banana"));
        StringBuilder seen = new StringBuilder();
        words.forEach(w -> seen.append(w.charAt(0)));
        System.out.println(seen);
        words.removeIf(w -> w.length() == 4);
        System.out.println(words);
        words.replaceAll(String::toUpperCase);
        System.out.println(words);
        words.sort(Comparator.naturalOrder());
        System.out.println(words);
        words.sort((a, b) -> b.compareTo(a));
        System.out.println(words);
        Map<String, List<Integer>> groups = new TreeMap<>();
        int[] values = {3, 14, 15, 92, 65, 35};
        for (int v : values) {
            groups.computeIfAbsent(v % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(v);
        }
        groups.forEach((k, v) -> System.out.println(k + " -> " + v));
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b a c b a".split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println(new TreeMap<>(counts));
        counts.replaceAll((k, v) -> v * 10);
        System.out.println(new TreeMap<>(counts));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
    }

    record Person(String name, int age) {
    }

    static void comparators() {
        List<Person> people = new ArrayList<>(List.of(new Person("Cleo", 31), new Person("Abe", 45),
                new Person("Bea", 31), new Person("Dan", 22)));
        people.sort(Comparator.comparing(Person::name));
        System.out.println(people);
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::age, Comparator.reverseOrder()).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println(people);
        Comparator<Person> byNameLength = Comparator.comparing(p -> p.name().length());
        people.sort(byNameLength.reversed().thenComparingInt(Person::age));
        System.out.println(people);
    }

    static void alternative() {
        Runnable plain = (Runnable & Serializable) () -> System.out.println("serializable run");
        plain.run();
        System.out.println("serializable: " + (plain instanceof Serializable));
        Runnable marked = (Runnable & Marker) () -> System.out.println("marked run");
        marked.run();
        System.out.println("marker: " + (marked instanceof Marker) + ", serializable: " + (marked instanceof Serializable));
        StringNamer namer = s -> "name:" + s;
        System.out.println(namer.nameOf("direct"));
        Namer<String> general = namer;
        System.out.println(general.nameOf("bridged"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Namer<Object> raw = (Namer) namer;
        try {
            raw.nameOf(1);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: ClassCastException");
        }
        Both converter = s -> "converted " + s;
        Generic<String> generic = converter;
        Specific specific = converter;
        System.out.println(generic.convert("generic") + ", " + specific.convert("specific"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Generic<Object> rawGeneric = (Generic) converter;
        try {
            rawGeneric.convert(2.5);
        } catch (ClassCastException e) {
            System.out.println("bridge: " + e.getMessage());
        }
        Supplier<String> both = (Supplier<String> & Serializable & Marker) () -> "both";
        System.out.println(both.get() + " " + (both instanceof Marker) + " " + (both instanceof Serializable));
    }

    static void recursion() {
        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1);
        System.out.println(factorial.applyAsInt(10));
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println(adder.apply(3).apply(4));
        Supplier<Supplier<String>> nested = () -> () -> "nested";
        System.out.println(nested.get().get());
    }

    static void exceptions() {
        Supplier<RuntimeException> make = IllegalArgumentException::new;
        RuntimeException made = make.get();
        System.out.println(made.getClass().getName() + " " + made.getStackTrace()[0].getMethodName());
        Function<String, RuntimeException> withMessage = IllegalStateException::new;
        System.out.println(withMessage.apply("msg").getMessage());
        try {
            Runnable thrower = () -> {
                throw new UnsupportedOperationException("inside");
            };
            thrower.run();
        } catch (UnsupportedOperationException e) {
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println("caught " + e.getMessage() + " at " + trace[0].getMethodName() + " from " + trace[1].getMethodName());
        }
    }

    static void fail(String why) {
        Runnable inner = () -> {
            throw new IllegalStateException(why);
        };
        inner.run();
    }
}
