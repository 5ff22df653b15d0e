package ingot.classlib.differential;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs one seeded sequence of a scenario: makes the object under test on both sides, then applies
 * random operations to it and to the views, iterators and entries it hands out, comparing after
 * each operation the result, the fixtures' call log, array arguments, the receiver and the root.
 * Stops at the first difference, which it keeps with the operations that led to it.
 */
final class SequenceRunner {
    private static final int MAX_SIZE = 40;
    private static final int MAX_HANDLES = 24;
    private static final int TRACE = Integer.getInteger("ingot.differential.trace", 14);

    private final Sides sides;
    private final OpTables tables;
    private final Describer jdk;
    private final Describer ours;
    private final Scenario scenario;
    private final long seed;
    private final Random rnd;
    private final List<Object[]> handles = new ArrayList<>();
    /** For each handle, the operation that produced it (for reports). */
    private final List<String> origins = new ArrayList<>();
    private final Deque<String> trace = new ArrayDeque<>();
    private int operations;
    /** Spliterators the JDK returned of classes not reproduced here (not kept as handles). */
    private int unsupported;
    /** The JDK classes of those spliterators, with counts. */
    private final Map<String, Integer> unsupportedClasses = new java.util.TreeMap<>();
    private String mismatch;
    /** The format string generated last, for the arguments that follow it. */
    private String lastFormat = "";

    SequenceRunner(Sides sides, OpTables tables, Describer jdk, Describer ours, Scenario scenario, long seed) {
        this.sides = sides;
        this.tables = tables;
        this.jdk = jdk;
        this.ours = ours;
        this.scenario = scenario;
        this.seed = seed;
        this.rnd = new Random(seed);
    }

    int operations() {
        return operations;
    }

    int unsupported() {
        return unsupported;
    }

    /** The JDK classes of the spliterators not compared, with how many of each. */
    Map<String, Integer> unsupportedClasses() {
        return unsupportedClasses;
    }

    /** Null if both sides agreed throughout, else a report of the first difference. */
    String mismatch() {
        return mismatch;
    }

    void run(int steps) {
        if (!makeRoot()) {
            return;
        }
        for (int i = 0; i < steps && mismatch == null; i++) {
            step(i);
        }
    }

    // ---- the root ----

    private boolean makeRoot() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Scenario.Maker maker = scenario.makers.get(rnd.nextInt(scenario.makers.size()));
            Object[][] args = new Object[2][maker.args.length];
            String text = "new " + maker.owner + (maker.method == null ? "" : "." + maker.method)
                    + generate(maker.args, null, args);
            Outcome j = maker.method == null ? sides.construct(false, maker.owner, maker.params, args[0])
                    : sides.call(false, maker.owner, maker.method, maker.params, null, args[0]);
            Outcome o = maker.method == null ? sides.construct(true, maker.owner, maker.params, args[1])
                    : sides.call(true, maker.owner, maker.method, maker.params, null, args[1]);
            operations++;
            String jl = text + " -> " + jdk.outcome(j) + log(false);
            String ol = text + " -> " + ours.outcome(o) + log(true);
            if (!jl.equals(ol)) {
                report(-1, jl, ol);
                return false;
            }
            trace.add(jl);
            if (j.thrown == null && j.value != null) {
                handles.add(new Object[] {j.value, o.value});
                origins.add(text);
                return true;
            }
        }
        return false;
    }

    // ---- one operation ----

    private void step(int index) {
        boolean filling = scenario.fillPercent > 0 && rnd.nextInt(100) < scenario.fillPercent;
        Scenario.Focus focus = filling ? null : focus();
        int h = focus != null ? focusHandle(focus) : -1;
        if (h < 0) {
            focus = null;
            h = filling || handles.size() == 1 || rnd.nextInt(100) < 55 ? 0 : 1 + rnd.nextInt(handles.size() - 1);
        }
        Object[] receiver = handles.get(h);
        List<Op> ops = focus != null ? tables.listedUnder(focus.type, focus.opName) : tables.applicable(receiver[0]);
        if (filling) {
            ops = insertions(ops);
        }
        if (ops.isEmpty()) {
            return;
        }
        Op op = ops.get(rnd.nextInt(ops.size()));
        if (op.name.equals("copyOf") && holdsEntries(receiver[0])) {
            return;
        }
        if (size(receiver) > MAX_SIZE) {
            op = receiver[0] instanceof Map ? Op.of("java.util.Map", "clear") : Op.of("java.util.Collection", "clear");
        }
        Object[][] args = new Object[2][op.args.length];
        String text = "h" + h + "." + op + generate(op.args, receiver, args);
        Outcome j = sides.call(false, op.owner, op.name, op.jdkParams, op.isStatic ? null : receiver[0], args[0]);
        Outcome o = sides.call(true, op.owner, op.name, op.jdkParams, op.isStatic ? null : receiver[1], args[1]);
        operations++;
        if (op.name.equals("spliterator") && unsupportedSpliterator(j.value)) {
            unsupported++;
            unsupportedClasses.merge(j.value.getClass().getName(), 1, Integer::sum);
            return;
        }
        if (op.name.equals("hashCode") && j.thrown == null && o.thrown == null) {
            if (Integer.valueOf(System.identityHashCode(receiver[0])).equals(j.value)) {
                j = Outcome.returned("identity");
            }
            if (Integer.valueOf(System.identityHashCode(receiver[1])).equals(o.value)) {
                o = Outcome.returned("identity");
            }
            if (j.value instanceof Integer && jdk.isIdentitySum(receiver[0], (Integer) j.value)) {
                j = Outcome.returned("identity-sum");
            }
            if (o.value instanceof Integer && ours.isIdentitySum(receiver[1], (Integer) o.value)) {
                o = Outcome.returned("identity-sum");
            }
            if (j.value instanceof Integer && jdk.identityHashed(receiver[0])) {
                j = Outcome.returned("other identity");
            }
            if (o.value instanceof Integer && ours.identityHashed(receiver[1])) {
                o = Outcome.returned("other identity");
            }
        }
        if (op.name.equals("toString") && j.thrown == null && o.thrown == null) {
            j = identityToString(receiver[0], j);
            o = identityToString(receiver[1], o);
        }
        String jl = text + " -> " + jdk.outcome(j) + log(false) + arrays(jdk, args[0], op)
                + " | recv " + jdk.describe(receiver[0]) + " | root " + jdk.describe(handles.get(0)[0]);
        String ol = text + " -> " + ours.outcome(o) + log(true) + arrays(ours, args[1], op)
                + " | recv " + ours.describe(receiver[1]) + " | root " + ours.describe(handles.get(0)[1]);
        if (!jl.equals(ol)) {
            report(index, jl, ol);
            return;
        }
        remember(jl);
        if (j.thrown == null && Describer.isLibraryObject(j.value) && o.value != null) {
            String origin = text + " [from " + origins.get(h) + "]";
            if (handles.size() >= MAX_HANDLES) {
                int drop = 1 + rnd.nextInt(handles.size() - 1);
                handles.remove(drop);
                origins.remove(drop);
            }
            handles.add(new Object[] {j.value, o.value});
            origins.add(origin);
        }
    }

    /**
     * Whether a spliterator() result is a JDK spliterator of a class whose behaviour this library
     * does not reproduce ({@link OpTables#SPLITERATORS}); such results are not compared or kept.
     */
    private static boolean unsupportedSpliterator(Object jdkValue) {
        if (jdkValue == null) {
            return false;
        }
        String name = jdkValue.getClass().getName();
        if (name.equals(OpTables.UNMODIFIABLE_ENTRY_SPLITERATOR)) {
            try {
                java.lang.reflect.Field inner = jdkValue.getClass().getDeclaredField("s");
                inner.setAccessible(true);
                return unsupportedSpliterator(inner.get(jdkValue));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read the JDK's wrapped spliterator"
                        + " (is --add-opens java.base/java.util=ALL-UNNAMED set?)", e);
            }
        }
        return !OpTables.SPLITERATORS.contains(name);
    }

    /** The scenario's focus this step falls into, or null (each focus takes its percent of the steps). */
    private Scenario.Focus focus() {
        if (scenario.focuses.isEmpty()) {
            return null;
        }
        int r = rnd.nextInt(100);
        for (Scenario.Focus f : scenario.focuses) {
            if (r < f.percent) {
                return f;
            }
            r -= f.percent;
        }
        return null;
    }

    /** A random handle of the focus' type, or -1 if there is none. */
    private int focusHandle(Scenario.Focus focus) {
        return handleOf(Sides.forName(focus.type));
    }

    private static final List<String> INSERTIONS = List.of("add", "addAll", "put", "putAll", "putIfAbsent",
            "merge", "compute", "computeIfAbsent", "set");

    /** The operations among {@code ops} that insert (for scenarios that fill their root). */
    private static List<Op> insertions(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            if (!op.isStatic && INSERTIONS.contains(op.name)) {
                out.add(op);
            }
        }
        return out;
    }

    /** Object's toString (class name and identity hash, which differ by side) as "<identity>". */
    private static Outcome identityToString(Object receiver, Outcome o) {
        return "<identity>".equals(Describer.safeToString(receiver)) ? Outcome.returned("<identity>") : o;
    }

    private String log(boolean ourSide) {
        String log = sides.takeLog(ourSide);
        return log.isEmpty() ? "" : " log " + log;
    }

    private static String arrays(Describer d, Object[] args, Op op) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (op.args[i] == Arg.OBJECT_ARRAY || op.args[i] == Arg.INTEGER_ARRAY || op.args[i] == Arg.INT_ARRAY
                    || op.args[i] == Arg.DOUBLE_ARRAY || op.args[i] == Arg.SORTABLE || op.args[i] == Arg.LONG_ARRAY
                    || op.args[i] == Arg.BYTE_ARRAY) {
                sb.append(" | arg").append(i).append(' ').append(d.describe(args[i]));
            }
        }
        return sb.toString();
    }

    private void remember(String line) {
        trace.add(line);
        if (trace.size() > TRACE) {
            trace.removeFirst();
        }
    }

    private void report(int index, String jdkLine, String ourLine) {
        StringBuilder sb = new StringBuilder();
        sb.append(scenario.name).append(" seed ").append(seed).append(" step ").append(index).append('\n');
        for (String t : trace) {
            sb.append("    ").append(t).append('\n');
        }
        for (int h = 0; h < origins.size(); h++) {
            if (jdkLine.contains("h" + h + ".") || jdkLine.contains("h" + h + ",") || jdkLine.contains("h" + h + ")")) {
                sb.append("    where h").append(h).append(" = ").append(origins.get(h)).append('\n');
            }
        }
        sb.append("  JDK:  ").append(jdkLine).append('\n');
        sb.append("  ours: ").append(ourLine).append('\n');
        mismatch = sb.toString();
    }

    /**
     * The JDK side's size, for choosing arguments. size() is called on our side too: it can change
     * state (a TreeMap submap caches its size even when counting fails), and both sides must see
     * the same calls.
     */
    private int size(Object[] pair) {
        String owner = pair[0] instanceof Collection ? "java.util.Collection" : pair[0] instanceof Map ? "java.util.Map" : null;
        if (owner == null) {
            return 0;
        }
        sides.call(true, owner, "size", new Class<?>[0], pair[1], new Object[0]);
        Outcome j = sides.call(false, owner, "size", new Class<?>[0], pair[0], new Object[0]);
        return j.thrown == null ? (Integer) j.value : 0;
    }

    // ---- arguments ----

    /** Fills args[0] (JDK) and args[1] (ours); returns the argument list as text. */
    private String generate(Arg[] kinds, Object[] receiver, Object[][] args) {
        StringBuilder text = new StringBuilder("(");
        int size = receiver == null ? 4 : size(receiver);
        for (int i = 0; i < kinds.length; i++) {
            text.append(i == 0 ? "" : ", ").append(generate(kinds[i], receiver, size, args, i));
        }
        return text.append(')').toString();
    }

    private String generate(Arg kind, Object[] receiver, int size, Object[][] args, int i) {
        switch (kind) {
            case VALUE:
            case KEY:
                return same(args, i, scenario.domain.next(rnd));
            case INDEX: {
                int r = rnd.nextInt(10);
                return same(args, i, r == 0 ? -1 : r == 1 ? size + 1 + rnd.nextInt(2) : rnd.nextInt(size + 1));
            }
            case COUNT:
                return same(args, i, rnd.nextInt(21));
            case TEXT:
            case CHARS:
                return same(args, i, text());
            case INT_ARRAY: {
                int[] a = new int[rnd.nextInt(40)];
                for (int k = 0; k < a.length; k++) {
                    a[k] = rnd.nextInt(4) == 0 ? rnd.nextInt() : rnd.nextInt(20) - 5;
                }
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case DOUBLE_ARRAY: {
                double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5};
                double[] a = new double[rnd.nextInt(40)];
                for (int k = 0; k < a.length; k++) {
                    a[k] = rnd.nextInt(3) == 0 ? specials[rnd.nextInt(specials.length)] : rnd.nextInt(20) - 5.5;
                }
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case SORTABLE: {
                Object[] a = new Integer[rnd.nextInt(45)];
                for (int k = 0; k < a.length; k++) {
                    a[k] = rnd.nextInt(60) == 0 ? null : (Integer) (rnd.nextInt(30) - 5);
                }
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case ENUM:
                return same(args, i, Element.values()[rnd.nextInt(Element.values().length)]);
            case ENUM_CLASS:
                return same(args, i, Element.class);
            case JOINER: {
                String t = rnd.nextInt(4) == 0 ? null : text();
                for (int side = 0; side < 2; side++) {
                    args[side][i] = sides.fixture(side == 1, "Fresh", "joiner", new Class<?>[] {String.class}, t);
                }
                return "joiner(" + t + ")";
            }
            case BOOL:
                return same(args, i, rnd.nextBoolean());
            case FLOAT: {
                int r = rnd.nextInt(10);
                return same(args, i, r < 6 ? 0.75f : r < 8 ? 0.5f : r < 9 ? 2.0f : -1.0f);
            }
            case LONG_ARRAY: {
                long[] a = words(rnd.nextInt(6));
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case BYTE_ARRAY: {
                byte[] a = new byte[rnd.nextInt(21)];
                for (int k = 0; k < a.length; k++) {
                    a[k] = rnd.nextInt(3) == 0 ? 0 : (byte) rnd.nextInt(256);
                }
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case BIT:
                return same(args, i, bit());
            case CHARACTERISTICS:
                return same(args, i, characteristics());
            case SIZE: {
                int r = rnd.nextInt(10);
                return same(args, i, r == 0 ? Long.MAX_VALUE : r == 1 ? 0L : (long) rnd.nextInt(size + 3));
            }
            case BITSET:
                return bitSet(args, i);
            case SMALL_LOAD:
                return same(args, i, 0.25f * (1 + rnd.nextInt(3)));
            case COLLECTION:
                return collection(args, i);
            case MAP:
                return map(args, i);
            case LIST:
                return list(args, i);
            case COMPARATOR:
                return fixture(args, i, "Functions", "comparator", rnd.nextInt(9), "cmp");
            case PREDICATE:
                return function(args, i, "predicate");
            case UNARY:
                return function(args, i, "unary");
            case CONSUMER:
                return function(args, i, "consumer");
            case BICONSUMER:
                return function(args, i, "biConsumer");
            case FUNCTION:
                return function(args, i, "function");
            case BIFUNCTION:
                return function(args, i, "biFunction");
            case OBJECT_ARRAY:
            case INTEGER_ARRAY: {
                int n = rnd.nextInt(size + 3);
                for (int side = 0; side < 2; side++) {
                    Object[] a = kind == Arg.OBJECT_ARRAY ? new Object[n] : new Integer[n];
                    Arrays.fill(a, 99);
                    args[side][i] = a;
                }
                return (kind == Arg.OBJECT_ARRAY ? "Object[" : "Integer[") + n + "]";
            }
            case VALUES: {
                Object[] values = values(rnd.nextInt(13), true);
                args[0][i] = values.clone();
                args[1][i] = values.clone();
                return Arrays.toString(values);
            }
            case RANDOM: {
                long s = rnd.nextLong();
                args[0][i] = new Random(s);
                Outcome o = sides.construct(true, "java.util.Random", new Class<?>[] {long.class}, new Object[] {s});
                args[1][i] = o.value;
                return "Random(" + s + ")";
            }
            case ANY:
                return any(args, i);
            case SELF:
                args[0][i] = receiver[0];
                args[1][i] = receiver[1];
                return "self";
            case FORMAT:
                lastFormat = TextInputs.format(rnd);
                return same(args, i, lastFormat);
            case FORMAT_ARGS:
                return formatArguments(args, i);
            case SEED:
                return same(args, i, rnd.nextInt(4) == 0 ? (long) rnd.nextInt(10) : rnd.nextLong());
            case ELEMENT_TYPE:
                return same(args, i, ELEMENT_TYPES[rnd.nextInt(ELEMENT_TYPES.length)]);
            case INT_CONSUMER:
                return function(args, i, "intConsumer");
            case LONG_CONSUMER:
                return function(args, i, "longConsumer");
            case DOUBLE_CONSUMER:
                return function(args, i, "doubleConsumer");
            case DUAL_CONSUMER:
                return function(args, i, "dualConsumer");
            case LONG_VALUES: {
                long[] a = longValues();
                args[0][i] = a.clone();
                args[1][i] = a.clone();
                return Arrays.toString(a);
            }
            case INT_ITERATOR:
            case LONG_ITERATOR:
            case DOUBLE_ITERATOR:
                return primitiveIterator(kind, args, i);
            case APPENDABLE:
                args[0][i] = new StringBuilder("x");
                args[1][i] = new StringBuilder("x");
                return "StringBuilder(x)";
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private static final Class<?>[] ELEMENT_TYPES = {Integer.class, Integer.class, Object.class, String.class,
        Number.class, Comparable.class};

    private long[] longValues() {
        long[] a = new long[rnd.nextInt(40)];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(20) - 5;
        }
        return a;
    }

    /** A fresh primitive iterator fixture per side over the same random values. */
    private String primitiveIterator(Arg kind, Object[][] args, int i) {
        Object values;
        String method;
        if (kind == Arg.INT_ITERATOR) {
            int[] a = new int[rnd.nextInt(40)];
            for (int k = 0; k < a.length; k++) {
                a[k] = rnd.nextInt(4) == 0 ? rnd.nextInt() : rnd.nextInt(20) - 5;
            }
            values = a;
            method = "intIterator";
        } else if (kind == Arg.LONG_ITERATOR) {
            values = longValues();
            method = "longIterator";
        } else {
            double[] specials = {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, 0.1};
            double[] a = new double[rnd.nextInt(40)];
            for (int k = 0; k < a.length; k++) {
                a[k] = rnd.nextInt(4) == 0 ? specials[rnd.nextInt(specials.length)] : rnd.nextInt(20) - 5.5;
            }
            values = a;
            method = "doubleIterator";
        }
        for (int side = 0; side < 2; side++) {
            Object copy = java.lang.reflect.Array.newInstance(values.getClass().getComponentType(),
                    java.lang.reflect.Array.getLength(values));
            System.arraycopy(values, 0, copy, 0, java.lang.reflect.Array.getLength(values));
            args[side][i] = sides.fixture(side == 1, "PrimitiveSources", method, new Class<?>[] {values.getClass()}, copy);
        }
        return method + Describer.primitiveArray(values);
    }

    /** Arguments for the last format string; sometimes one is a Formattable fixture of each side. */
    private String formatArguments(Object[][] args, int i) {
        Object[] values = TextInputs.arguments(rnd, lastFormat);
        Object[] ours = values.clone();
        if (values.length > 0 && rnd.nextInt(6) == 0) {
            int at = rnd.nextInt(values.length);
            int kind = rnd.nextInt(2);
            values[at] = sides.fixture(false, "Printables", "formattable", new Class<?>[] {int.class}, kind);
            ours[at] = sides.fixture(true, "Printables", "formattable", new Class<?>[] {int.class}, kind);
        }
        args[0][i] = values;
        args[1][i] = ours;
        return Arrays.deepToString(values);
    }

    /** Random words with runs of zeros and ones, single bits and random bits. */
    private long[] words(int n) {
        long[] a = new long[n];
        for (int k = 0; k < n; k++) {
            int r = rnd.nextInt(5);
            a[k] = r == 0 ? 0 : r == 1 ? -1L : r == 2 ? 1L << rnd.nextInt(64) : rnd.nextLong();
        }
        return a;
    }

    private static final int[] CHARACTERISTIC_BITS = {0x1, 0x4, 0x10, 0x40, 0x100, 0x400, 0x1000, 0x4000};

    private int characteristics() {
        int c = 0;
        for (int bit : CHARACTERISTIC_BITS) {
            if (rnd.nextInt(4) == 0) {
                c |= bit;
            }
        }
        return c;
    }

    private int bit() {
        int r = rnd.nextInt(100);
        if (r < 5) {
            return -1 - rnd.nextInt(3);
        }
        if (r < 20) {
            return 64 * rnd.nextInt(5) - rnd.nextInt(2);
        }
        return r < 25 ? 500 + rnd.nextInt(600) : rnd.nextInt(200);
    }

    private String bitSet(Object[][] args, int i) {
        int r = rnd.nextInt(100);
        if (r < 3) {
            return same(args, i, null);
        }
        int h = handleOf(java.util.BitSet.class);
        if (r < 35 && h >= 0) {
            return handle(args, i, h);
        }
        long[] words = words(rnd.nextInt(5));
        boolean grown = rnd.nextBoolean();
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, "Fresh", "bitSet", new Class<?>[] {long[].class, boolean.class},
                    words.clone(), grown);
        }
        return "bitSet" + (grown ? "+" : "") + Arrays.toString(words);
    }

    private String text() {
        if (rnd.nextInt(20) == 0) {
            return null;
        }
        String pool = "ab c,;\t-x\uD83D\uDE00";
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(8); k > 0; k--) {
            sb.append(pool.charAt(rnd.nextInt(pool.length() - 1)));
        }
        return sb.toString();
    }

    private static String same(Object[][] args, int i, Object value) {
        args[0][i] = value;
        args[1][i] = value;
        return String.valueOf(value);
    }

    private Object[] values(int n, boolean nonNull) {
        Object[] values = new Object[n];
        for (int k = 0; k < n; k++) {
            values[k] = nonNull ? scenario.domain.nextNonNull(rnd) : scenario.domain.next(rnd);
        }
        return values;
    }

    private String fixture(Object[][] args, int i, String fixtureClass, String method, int kind, String label) {
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, fixtureClass, method, new Class<?>[] {int.class}, kind);
        }
        return label + kind;
    }

    private String function(Object[][] args, int i, String method) {
        if (rnd.nextInt(100) < 3) {
            return same(args, i, null);
        }
        return fixture(args, i, "Functions", method, rnd.nextInt(4), method);
    }

    /** An existing handle of the given JDK type, or -1. */
    private int handleOf(Class<?> jdkType) {
        List<Integer> candidates = new ArrayList<>();
        for (int h = 0; h < handles.size(); h++) {
            if (jdkType.isInstance(handles.get(h)[0])) {
                candidates.add(h);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(rnd.nextInt(candidates.size()));
    }

    private String handle(Object[][] args, int i, int h) {
        args[0][i] = handles.get(h)[0];
        args[1][i] = handles.get(h)[1];
        return "h" + h;
    }

    /**
     * Whether a JDK-side collection holds map entries. The harness keeps entries out of hash
     * tables: an entry whose key and value are equal hashes to 0, and nine or more colliding
     * entries in one HashMap slot of a table of 64 or more make a tree bin, which orders such
     * non-comparable keys by class name and identity hash code, and those differ between the
     * sides' entry objects.
     */
    private static boolean holdsEntries(Object jdkObject) {
        try {
            return jdkObject instanceof Collection && !((Collection<?>) jdkObject).isEmpty()
                    && ((Collection<?>) jdkObject).iterator().next() instanceof Map.Entry;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String collection(Object[][] args, int i) {
        int r = rnd.nextInt(100);
        if (r < 5) {
            return same(args, i, null);
        }
        int h = handleOf(Collection.class);
        if (h >= 0 && holdsEntries(handles.get(h)[0])) {
            h = -1;
        }
        if (r < 30 && h >= 0) {
            return handle(args, i, h);
        }
        int kind = rnd.nextInt(8);
        Object[] values = values(rnd.nextInt(7), false);
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, "Fresh", "collection",
                    new Class<?>[] {int.class, Object[].class}, kind, values.clone());
        }
        return "fresh" + kind + Arrays.toString(values);
    }

    private String list(Object[][] args, int i) {
        int h = handleOf(java.util.List.class);
        if (rnd.nextInt(100) < 30 && h >= 0) {
            return handle(args, i, h);
        }
        int kind = rnd.nextBoolean() ? 0 : 4;
        Object[] values = values(rnd.nextInt(5), false);
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, "Fresh", "collection",
                    new Class<?>[] {int.class, Object[].class}, kind, values.clone());
        }
        return "freshList" + kind + Arrays.toString(values);
    }

    private String map(Object[][] args, int i) {
        int r = rnd.nextInt(100);
        if (r < 5) {
            return same(args, i, null);
        }
        int h = handleOf(Map.class);
        if (r < 25 && h >= 0) {
            return handle(args, i, h);
        }
        int kind = rnd.nextInt(3);
        Object[] kv = values(2 * rnd.nextInt(6), false);
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, "Fresh", "map", new Class<?>[] {int.class, Object[].class},
                    kind, kv.clone());
        }
        return "freshMap" + kind + Arrays.toString(kv);
    }

    private String any(Object[][] args, int i) {
        int r = rnd.nextInt(100);
        if (r < 40) {
            return same(args, i, scenario.domain.next(rnd));
        }
        if (r < 65) {
            return handle(args, i, rnd.nextInt(handles.size()));
        }
        if (r < 85) {
            return collection(args, i);
        }
        Object k = scenario.domain.next(rnd);
        Object v = scenario.domain.next(rnd);
        for (int side = 0; side < 2; side++) {
            args[side][i] = sides.fixture(side == 1, "Fresh", "entry", new Class<?>[] {Object.class, Object.class}, k, v);
        }
        return "entry(" + k + "=" + v + ")";
    }
}
