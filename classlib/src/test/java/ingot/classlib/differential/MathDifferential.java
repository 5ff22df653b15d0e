package ingot.classlib.differential;

import ingot.classlib.mathcalls.MathCalls;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Our StrictMath against the JDK's, bit for bit: every function on seeded arguments
 * ({@link MathInputs}), through {@link MathCalls} as compiled (the JDK's StrictMath) and as a
 * renamed copy (ours). Results are compared as raw bits, NaN payloads included, except where
 * the JDK's own NaN is not a function of the arguments: fma's (it may be a hardware instruction,
 * whose NaN depends on the processor; the specification only says NaN) and pow, hypot and
 * nextAfter of two NaNs (the JDK 17 computes them in Java, whose x + y of two NaNs gives y's
 * payload when interpreted and x's when compiled by C2; ours always gives the first operand's,
 * like fdlibm compiled). There only NaN-ness is compared. Our Math is compared with the JDK's StrictMath
 * too (on this VM Math is StrictMath). Each function's run counts as one sequence of the
 * summary line.
 */
public final class MathDifferential {
    /** Our java.lang classes the comparison renames. */
    public static final String[] CLASSES = {
        "StrictMath", "StrictMath$RandomHolder", "Math", "Math$RandomHolder", "FdBits", "FdTrig", "FdRemPio2",
        "FdRemPio2Large", "FdInverseTrig", "FdAtan2", "FdExp", "FdLog", "FdPow", "FdRoots", "FdHyperbolic",
        "FdRemainder", "FusedMultiplyAdd",
    };
    private static final String CALLS_PACKAGE = "ingot/classlib/mathcalls/";
    /** Math's functions are checked on this fraction of the arguments. */
    private static final int MATH_SHARE = 20;
    private static final int MISMATCHES_KEPT = 20;

    private final MethodHandle strictUnary;
    private final MethodHandle mathUnary;
    private final MethodHandle strictBinary;
    private final MethodHandle mathBinary;
    private final MethodHandle scalb;
    private final MethodHandle fma;
    private int sequences;
    private long operations;
    private long mismatchCount;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, long[]> perFunction = new LinkedHashMap<>();

    public MathDifferential(Path classlib) {
        Class<?> ours = remapping(classlib).oursFor(MathCalls.class);
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodType unary = MethodType.methodType(void.class, String.class, double[].class, long[].class);
            MethodType binary = MethodType.methodType(void.class, String.class, double[].class, double[].class,
                    long[].class);
            strictUnary = lookup.findStatic(ours, "strictUnary", unary);
            mathUnary = lookup.findStatic(ours, "mathUnary", unary);
            strictBinary = lookup.findStatic(ours, "strictBinary", binary);
            mathBinary = lookup.findStatic(ours, "mathBinary", binary);
            scalb = lookup.findStatic(ours, "scalb", MethodType.methodType(void.class, double[].class, int[].class,
                    long[].class, long[].class));
            fma = lookup.findStatic(ours, "fma", MethodType.methodType(void.class, double[].class, double[].class,
                    double[].class, long[].class, long[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our math classes and the calls package renamed (the benchmark uses it too). */
    public static Remapping remapping(Path classlib) {
        Set<String> names = new TreeSet<>();
        for (String c : CLASSES) {
            names.add("java/lang/" + c);
        }
        return Remapping.of(classlib, names, Map.of(), CALLS_PACKAGE);
    }

    /** Every function on {@code count} arguments each (fewer for the cheap exact ones). */
    public void runAll(int count, long seed) throws Throwable {
        for (String name : MathCalls.UNARY) {
            runUnary(name, count, seed++);
        }
        for (String name : MathCalls.BINARY) {
            runBinary(name, binaryCount(name, count), seed++);
        }
        runScalb(count / 4, seed++);
        runFma(count / 2, seed);
    }

    /** Fewer calls for the exact functions: copySign and nextAfter are trivial, IEEEremainder slow. */
    private static int binaryCount(String name, int count) {
        switch (name) {
            case "copySign":
            case "nextAfter":
                return count / 10;
            case "IEEEremainder":
                return count / 4;
            default:
                return count;
        }
    }

    public void runUnary(String name, int count, long seed) throws Throwable {
        MathInputs in = new MathInputs(seed);
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = MathArguments.unary(name, in);
        }
        long[] jdk = new long[count];
        long[] ours = new long[count];
        MathCalls.strictUnary(name, x, jdk);
        strictUnary.invokeExact(name, x, ours);
        compare("StrictMath." + name, jdk, ours, i -> false, i -> hex(x[i]));
        double[] few = java.util.Arrays.copyOf(x, count / MATH_SHARE);
        long[] math = new long[few.length];
        mathUnary.invokeExact(name, few, math);
        compare("Math." + name, java.util.Arrays.copyOf(jdk, few.length), math, i -> false, i -> hex(x[i]));
    }

    public void runBinary(String name, int count, long seed) throws Throwable {
        MathInputs in = new MathInputs(seed);
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            MathArguments.binary(name, in, x, y, i);
        }
        long[] jdk = new long[count];
        long[] ours = new long[count];
        MathCalls.strictBinary(name, x, y, jdk);
        strictBinary.invokeExact(name, x, y, ours);
        boolean computedInJava = name.equals("pow") || name.equals("hypot") || name.equals("nextAfter");
        IntPredicate nanOnly = i -> computedInJava && Double.isNaN(x[i]) && Double.isNaN(y[i]);
        compare("StrictMath." + name, jdk, ours, nanOnly, i -> hex(x[i]) + ", " + hex(y[i]));
        int few = count / MATH_SHARE;
        long[] math = new long[few];
        mathBinary.invokeExact(name, java.util.Arrays.copyOf(x, few), java.util.Arrays.copyOf(y, few), math);
        if (name.equals("copySign")) {
            MathCalls.mathBinary(name, java.util.Arrays.copyOf(x, few), java.util.Arrays.copyOf(y, few), jdk);
        }
        compare("Math." + name, java.util.Arrays.copyOf(jdk, few), math, nanOnly, i -> hex(x[i]) + ", " + hex(y[i]));
    }

    public void runScalb(int count, long seed) throws Throwable {
        MathInputs in = new MathInputs(seed);
        double[] x = new double[count];
        int[] n = new int[count];
        for (int i = 0; i < count; i++) {
            x[i] = MathArguments.scalbArgument(in);
            n[i] = MathArguments.scaleFactor(in);
        }
        long[][] jdk = {new long[count], new long[count]};
        long[][] ours = {new long[count], new long[count]};
        MathCalls.scalb(x, n, jdk[0], jdk[1]);
        scalb.invokeExact(x, n, ours[0], ours[1]);
        compare("Math.scalb(double)", jdk[0], ours[0], i -> false, i -> hex(x[i]) + ", " + n[i]);
        compare("Math.scalb(float)", jdk[1], ours[1], i -> false, i -> (float) x[i] + ", " + n[i]);
    }

    public void runFma(int count, long seed) throws Throwable {
        MathInputs in = new MathInputs(seed);
        double[] a = new double[count];
        double[] b = new double[count];
        double[] c = new double[count];
        for (int i = 0; i < count; i++) {
            MathArguments.fma(in, a, b, c, i);
        }
        long[][] jdk = {new long[count], new long[count]};
        long[][] ours = {new long[count], new long[count]};
        MathCalls.fma(a, b, c, jdk[0], jdk[1]);
        fma.invokeExact(a, b, c, ours[0], ours[1]);
        compare("Math.fma(double)", jdk[0], ours[0], i -> true, i -> hex(a[i]) + ", " + hex(b[i]) + ", " + hex(c[i]));
        compare("Math.fma(float)", jdk[1], ours[1], i -> true,
                i -> (float) a[i] + ", " + (float) b[i] + ", " + (float) c[i]);
    }

    /** The arguments of call i, for a report. */
    private interface Arguments {
        String of(int i);
    }

    /** Compares call by call; where {@code nanOnly} holds, any two NaNs agree. */
    private void compare(String function, long[] jdk, long[] ours, IntPredicate nanOnly, Arguments args) {
        long bad = 0;
        for (int i = 0; i < jdk.length; i++) {
            if (jdk[i] == ours[i] || isNaN(jdk[i]) && isNaN(ours[i]) && nanOnly.test(i)) {
                continue;
            }
            bad++;
            if (mismatches.size() < MISMATCHES_KEPT) {
                mismatches.add(function + "(" + args.of(i) + "): JDK " + describe(jdk[i]) + ", ours " + describe(ours[i]));
            }
        }
        sequences++;
        operations += jdk.length;
        mismatchCount += bad;
        perFunction.put(function, new long[] {jdk.length, bad});
    }

    /** NaN as a double's or (below 2^32) a float's bits. */
    private static boolean isNaN(long bits) {
        return (bits >>> 32) == 0 ? Float.isNaN(Float.intBitsToFloat((int) bits)) : Double.isNaN(Double.longBitsToDouble(bits));
    }

    private static String hex(double d) {
        return Double.toHexString(d) + (Double.isNaN(d) ? "[" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]" : "");
    }

    private static String describe(long bits) {
        return Long.toHexString(bits) + " (" + Double.longBitsToDouble(bits) + ")";
    }

    public int sequences() {
        return sequences;
    }

    public long operations() {
        return operations;
    }

    public long mismatchCount() {
        return mismatchCount;
    }

    /** The first mismatches, with their arguments. */
    public List<String> mismatches() {
        return mismatches;
    }

    /** The line the build prints. */
    public String summary() {
        return "classlib differential: " + sequences + " sequences, " + operations + " operations, " + mismatchCount
                + " mismatches (StrictMath and Math, bit for bit)";
    }

    /** One line per function: calls and mismatches. */
    public String perFunction() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, long[]> e : perFunction.entrySet()) {
            sb.append(String.format("  %-24s %9d calls %7d mismatches%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return sb.toString();
    }

    /** {@code MathDifferential [count] [seed] [function]}: runs by hand, printing the first mismatches. */
    public static void main(String[] args) throws Throwable {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        MathDifferential d = new MathDifferential(Remapping.locateLibrary());
        if (args.length > 2) {
            String f = args[2];
            if (java.util.Arrays.asList(MathCalls.UNARY).contains(f)) {
                d.runUnary(f, count, seed);
            } else if (f.equals("scalb")) {
                d.runScalb(count, seed);
            } else if (f.equals("fma")) {
                d.runFma(count, seed);
            } else {
                d.runBinary(f, count, seed);
            }
        } else {
            d.runAll(count, seed);
        }
        for (String m : d.mismatches()) {
            System.out.println(m);
        }
        System.out.print(d.perFunction());
        System.out.println(d.summary());
    }
}
