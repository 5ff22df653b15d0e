package ingot.bench;

import ingot.bench.workloads.CollectionWorkloads;
import ingot.bench.workloads.LangWorkloads;
import ingot.bench.workloads.TextWorkloads;
import ingot.classlib.differential.Remapping;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our class library against the JDK's on HotSpot, in the same run. Each workload (package
 * ingot.bench.workloads) runs as compiled, on the JDK's classes, and as a copy renamed by the
 * differential harness's Remapping to use our classes; Double.toString and Double.parseDouble
 * call our jdk.internal.math.DoubleToString and FloatingParser directly (java.lang.Double stays the
 * JDK's in the remapping). Prints the median round times and the ratio ours/JDK (goal: at most 1.5).
 *
 * <p>The class library is found through -Dingot.classlib (bench.sh passes
 * classlib/target/java.base).
 */
public final class ClasslibBench {
    private static final int WARMUP_ROUNDS = 15;
    private static final int TIMED_ROUNDS = 21;
    private static final String WORKLOADS = "ingot/bench/workloads/";
    private static final String[] LANG_CLASSES = {
        "StringBuilder", "AbstractStringBuilder", "Integer", "Integer$Cache", "Long", "Long$Cache", "Character",
        "Character$Cache", "CharacterData", "CharacterProperties", "NumberFormatException",
    };
    private static long blackhole;

    private ClasslibBench() {
    }

    public static void main(String[] args) throws Throwable {
        Path lib = Remapping.locateLibrary();
        Remapping collections = Remapping.collections(lib, WORKLOADS);
        Set<String> langNames = new TreeSet<>();
        for (String c : LANG_CLASSES) {
            langNames.add("java/lang/" + c);
        }
        Remapping lang = Remapping.of(lib, langNames, Map.of("java/lang/Primitives", "ingot/classlib/hosted/Primitives"),
                WORKLOADS);
        Random rnd = new Random(20260101);

        Integer[] keys = new Integer[200_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rnd.nextInt();
        }
        Integer[] smallKeys = new Integer[100_000];
        for (int i = 0; i < smallKeys.length; i++) {
            smallKeys[i] = rnd.nextInt(1_000_000);
        }
        int[] ints = new int[1_000_000];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = rnd.nextInt();
        }
        Integer[] boxes = new Integer[200_000];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = rnd.nextInt();
        }
        String[] words = new String[100_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w".repeat(1 + rnd.nextInt(12)) + i;
        }
        String[] colliding = collidingStrings(1_000, 6);
        int[] bits = new int[400_000];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = rnd.nextInt(1 << 21);
        }
        String[] numbers = new String[200_000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Integer.toString(rnd.nextInt());
        }
        double[] ordinary = new double[100_000];
        double[] bitPatterns = new double[100_000];
        for (int i = 0; i < ordinary.length; i++) {
            ordinary[i] = rnd.nextBoolean() ? rnd.nextDouble() * 1000 : rnd.nextInt(10_000_000) / 100.0;
            bitPatterns[i] = Double.longBitsToDouble(rnd.nextLong() >>> 2);
        }

        System.out.printf("ClasslibBench: ours (renamed copies of classlib) against the JDK 17 classes, median of %d"
                + " rounds%n", TIMED_ROUNDS);
        Class<?> ourCollections = collections.oursFor(CollectionWorkloads.class);
        run("HashMap put/get", () -> CollectionWorkloads.hashMapPutGet(keys), handle(ourCollections,
                "hashMapPutGet", Integer[].class), keys);
        run("HashMap put/get (colliding, tree bins)", () -> CollectionWorkloads.hashMapPutGetStrings(colliding),
                handle(ourCollections, "hashMapPutGetStrings", String[].class), colliding);
        run("BitSet set/flip/clear/and/or/xor/next", () -> CollectionWorkloads.bitSetOps(bits),
                handle(ourCollections, "bitSetOps", int[].class), bits);
        run("ArrayList add/get/iterate", () -> CollectionWorkloads.arrayListAddGetIterate(boxes),
                handle(ourCollections, "arrayListAddGetIterate", Integer[].class), boxes);
        run("TreeMap put/get/iterate", () -> CollectionWorkloads.treeMapPutGetIterate(smallKeys),
                handle(ourCollections, "treeMapPutGetIterate", Integer[].class), smallKeys);
        run("Arrays.sort(int[])", () -> CollectionWorkloads.sortInts(ints), handle(ourCollections, "sortInts",
                int[].class), ints);
        run("Arrays.sort(Object[])", () -> CollectionWorkloads.sortObjects(boxes), handle(ourCollections,
                "sortObjects", Integer[].class), boxes);
        run("Arrays.sort(T[], Comparator)", () -> CollectionWorkloads.sortObjectsWithComparator(words),
                handle(ourCollections, "sortObjectsWithComparator", String[].class), words);
        Class<?> ourLang = lang.oursFor(LangWorkloads.class);
        MethodHandle appends = handle(ourLang, "stringBuilderAppends", int.class);
        run("StringBuilder appends", () -> LangWorkloads.stringBuilderAppends(100_000), () -> {
            blackhole += (long) appends.invoke(100_000);
        });
        run("Integer.parseInt", () -> LangWorkloads.parseInts(numbers), handle(ourLang, "parseInts", String[].class),
                numbers);
        MethodHandle ourToString = MethodHandles.publicLookup().findStatic(
                collections.load(Remapping.DOTTED_PREFIX + "jdk.internal.math.DoubleToString"), "toString",
                MethodType.methodType(String.class, double.class));
        doubleToString("Double.toString (ordinary values)", ordinary, ourToString);
        doubleToString("Double.toString (random bit patterns)", bitPatterns, ourToString);
        MethodHandle ourParse = MethodHandles.publicLookup().findStatic(
                collections.load(Remapping.DOTTED_PREFIX + "jdk.internal.math.FloatingParser"), "parseDouble",
                MethodType.methodType(double.class, String.class));
        parseDouble("Double.parseDouble (ordinary values)", texts(ordinary), ourParse);
        parseDouble("Double.parseDouble (random bits)", texts(bitPatterns), ourParse);
        int[] formatInts = new int[50_000];
        double[] formatDoubles = new double[formatInts.length];
        for (int i = 0; i < formatInts.length; i++) {
            formatInts[i] = rnd.nextInt(2_000_000) - 1_000_000;
            formatDoubles[i] = ordinary[i] * (rnd.nextBoolean() ? 1 : -1e-3);
        }
        MethodHandle format = MethodHandles.publicLookup().findStatic(collections.oursFor(TextWorkloads.class),
                "format", MethodType.methodType(long.class, int[].class, double[].class, String[].class));
        run("String.format (4 patterns, Formatter)", () -> TextWorkloads.format(formatInts, formatDoubles, words),
                () -> {
                    blackhole += (long) format.invoke(formatInts, formatDoubles, words);
                });
        System.out.println("ClasslibBench: checksum " + blackhole);
    }

    private static String[] texts(double[] values) {
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = Double.toString(values[i]);
        }
        return texts;
    }

    /** Double.parseDouble of every text: the JDK's against our FloatingParser. */
    private static void parseDouble(String name, String[] texts, MethodHandle ours) {
        run(name, () -> {
            long n = 0;
            for (String t : texts) {
                n += Double.doubleToRawLongBits(Double.parseDouble(t));
            }
            return n;
        }, () -> {
            long n = 0;
            for (String t : texts) {
                n += Double.doubleToRawLongBits((double) ours.invokeExact(t));
            }
            blackhole += n;
        });
    }

    /**
     * {@code groups} groups of {@code 2^blocks} strings each: within a group the strings share
     * their hash code ("Aa" and "BB" hash alike), so a HashMap keeps each group in a tree bin.
     */
    private static String[] collidingStrings(int groups, int blocks) {
        int perGroup = 1 << blocks;
        String[] keys = new String[groups * perGroup];
        for (int g = 0; g < groups; g++) {
            for (int v = 0; v < perGroup; v++) {
                StringBuilder sb = new StringBuilder("k").append(g).append('-');
                for (int b = 0; b < blocks; b++) {
                    sb.append((v & (1 << b)) == 0 ? "Aa" : "BB");
                }
                keys[g * perGroup + v] = sb.toString();
            }
        }
        return keys;
    }

    /** Double.toString of every value: the JDK's against our DoubleToString. */
    private static void doubleToString(String name, double[] values, MethodHandle ours) {
        run(name, () -> {
            long n = 0;
            for (double d : values) {
                n += Double.toString(d).length();
            }
            return n;
        }, () -> {
            long n = 0;
            for (double d : values) {
                n += ((String) ours.invokeExact(d)).length();
            }
            blackhole += n;
        });
    }

    private static MethodHandle handle(Class<?> owner, String name, Class<?> param) throws ReflectiveOperationException {
        return MethodHandles.publicLookup().findStatic(owner, name, MethodType.methodType(long.class, param));
    }

    /** A workload returning a checksum. */
    private interface Workload {
        long run() throws Throwable;
    }

    /** A workload returning nothing. */
    private interface Action {
        void run() throws Throwable;
    }

    private static void run(String name, Workload jdk, MethodHandle ours, Object argument) {
        run(name, jdk, () -> {
            blackhole += (long) ours.invoke(argument);
        });
    }

    private static void run(String name, Workload jdk, Action ours) {
        long[] medians = Stopwatch.compare(() -> {
            try {
                blackhole += jdk.run();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, () -> {
            try {
                ours.run();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, WARMUP_ROUNDS, TIMED_ROUNDS);
        double jdkMs = medians[0] / 1e6;
        double oursMs = medians[1] / 1e6;
        System.out.printf("ClasslibBench: %-38s JDK %8.2f ms   ingot %8.2f ms   ratio %5.2fx (goal: at most 1.50x)%n",
                name, jdkMs, oursMs, oursMs / jdkMs);
    }
}
