package ingot.bench;

import ingot.bench.workloads.BigMathWorkloads;
import ingot.classlib.differential.Remapping;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.util.Random;

/**
 * Our java.math against the JDK 17's on HotSpot, in the same run: BigInteger multiply,
 * divideAndRemainder (2n bits by n), toString and modPow (n-bit base, exponent and odd modulus)
 * at 64, 256, 1024 and 4096 bits, and BigDecimal add/multiply, divide and toString of amounts.
 * The workloads (ingot.bench.workloads.BigMathWorkloads) run as compiled on the JDK's classes and
 * as a copy renamed to ours; the JDK's BigInteger has HotSpot intrinsics (multiplyToLen,
 * squareToLen, mulAdd, montgomeryMultiply/Square) where ours is plain Java. Prints the median
 * round times and the ratio ours/JDK.
 */
public final class BigMathBench {
    private static final int WARMUP_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 15;
    private static final int[] SIZES = {64, 256, 1024, 4096};
    private static long blackhole;

    private BigMathBench() {
    }

    public static void main(String[] args) throws Throwable {
        Class<?> ours = Remapping.collections(Remapping.locateLibrary(), "ingot/bench/workloads/")
                .oursFor(BigMathWorkloads.class);
        Random rnd = new Random(20260103);
        System.out.printf("BigMathBench: ours (renamed copies of classlib) against the JDK 17 java.math, median of %d"
                + " rounds%n", TIMED_ROUNDS);
        for (int bits : SIZES) {
            int count = 64;
            int repeats = Math.max(1, 400_000 / (count * bits / 16));
            String[] a = integers(rnd, count, bits);
            String[] b = integers(rnd, count, bits);
            String[] wide = integers(rnd, count, 2 * bits);
            compare(ours, "BigInteger multiply " + bits + " bits", "multiply", new String[][] {a, b}, repeats);
            compare(ours, "BigInteger divide " + 2 * bits + "/" + bits + " bits", "divide", new String[][] {wide, b},
                    repeats);
            compare(ours, "BigInteger toString " + bits + " bits", "integerToString", new String[][] {a},
                    Math.max(1, repeats / 4));
            int powCount = Math.max(1, 4096 / bits);
            String[] moduli = new String[powCount];
            for (int i = 0; i < powCount; i++) {
                moduli[i] = new BigInteger(bits, rnd).setBit(bits - 1).setBit(0).toString();
            }
            compare(ours, "BigInteger modPow " + bits + " bits", "modPow", new String[][] {
                integers(rnd, powCount, bits), positive(integers(rnd, powCount, bits)), moduli}, -1);
        }
        String[] amounts = decimals(rnd, 2000, 9, 2);
        String[] rates = decimals(rnd, 2000, 6, 4);
        String[] wide = decimals(rnd, 2000, 40, 12);
        compareDecimals(ours, "BigDecimal add/multiply (amounts)", "decimalAddMultiply", amounts, rates, 20);
        compareDecimals(ours, "BigDecimal add/multiply (40 digits)", "decimalAddMultiply", wide, rates, 10);
        compareDecimals(ours, "BigDecimal divide (scale 4, DECIMAL64)", "decimalDivide", amounts, rates, 5);
        compareDecimals(ours, "BigDecimal toString/toPlainString", "decimalToString", wide, null, 10);
        System.out.println("BigMathBench: checksum " + blackhole);
    }

    private static String[] integers(Random rnd, int count, int bits) {
        String[] s = new String[count];
        for (int i = 0; i < count; i++) {
            BigInteger v = new BigInteger(bits, rnd).setBit(bits - 1);
            s[i] = (rnd.nextBoolean() ? v : v.negate()).toString();
        }
        return s;
    }

    private static String[] positive(String[] texts) {
        for (int i = 0; i < texts.length; i++) {
            texts[i] = texts[i].replace("-", "");
        }
        return texts;
    }

    private static String[] decimals(Random rnd, int count, int digits, int scale) {
        String[] s = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(rnd.nextInt(4) == 0 ? "-" : "");
            sb.append(1 + rnd.nextInt(9));
            for (int d = 1; d < digits; d++) {
                sb.append(rnd.nextInt(10));
            }
            sb.insert(sb.length() - scale, '.');
            s[i] = sb.toString();
        }
        return s;
    }

    /** Runs a workload over integers made from texts: each argument array parsed per side. */
    private static void compare(Class<?> ours, String name, String method, String[][] texts, int repeats)
            throws Throwable {
        Object[][] jdkArgs = new Object[texts.length][];
        Object[][] ourArgs = new Object[texts.length][];
        MethodHandle ourParse = find(ours, "integers", Object[].class, String[].class);
        for (int i = 0; i < texts.length; i++) {
            jdkArgs[i] = BigMathWorkloads.integers(texts[i]);
            ourArgs[i] = (Object[]) ourParse.invoke(texts[i]);
        }
        time(name, find(BigMathWorkloads.class, method, jdkArgs.length, repeats),
                find(ours, method, jdkArgs.length, repeats), jdkArgs, ourArgs, repeats);
    }

    private static void compareDecimals(Class<?> ours, String name, String method, String[] a, String[] b, int repeats)
            throws Throwable {
        MethodHandle ourParse = find(ours, "decimals", Object[].class, String[].class);
        Object[][] jdkArgs = b == null ? new Object[][] {BigMathWorkloads.decimals(a)}
                : new Object[][] {BigMathWorkloads.decimals(a), BigMathWorkloads.decimals(b)};
        Object[][] ourArgs = b == null ? new Object[][] {(Object[]) ourParse.invoke(a)}
                : new Object[][] {(Object[]) ourParse.invoke(a), (Object[]) ourParse.invoke(b)};
        time(name, find(BigMathWorkloads.class, method, jdkArgs.length, repeats),
                find(ours, method, jdkArgs.length, repeats), jdkArgs, ourArgs, repeats);
    }

    /** A workload taking n Object[] and, when repeats >= 0, an int. */
    private static MethodHandle find(Class<?> owner, String method, int arrays, int repeats)
            throws ReflectiveOperationException {
        Class<?>[] params = new Class<?>[arrays + (repeats >= 0 ? 1 : 0)];
        for (int i = 0; i < arrays; i++) {
            params[i] = Object[].class;
        }
        if (repeats >= 0) {
            params[arrays] = int.class;
        }
        return MethodHandles.publicLookup().findStatic(owner, method, MethodType.methodType(long.class, params));
    }

    private static MethodHandle find(Class<?> owner, String method, Class<?> result, Class<?> param)
            throws ReflectiveOperationException {
        return MethodHandles.publicLookup().findStatic(owner, method, MethodType.methodType(result, param));
    }

    private static void time(String name, MethodHandle jdk, MethodHandle ours, Object[][] jdkArgs, Object[][] ourArgs,
            int repeats) {
        Object[] jdkCall = callArguments(jdkArgs, repeats);
        Object[] ourCall = callArguments(ourArgs, repeats);
        long[] medians = Stopwatch.compare(() -> invoke(jdk, jdkCall), () -> invoke(ours, ourCall), WARMUP_ROUNDS,
                TIMED_ROUNDS);
        double jdkMs = medians[0] / 1e6;
        double oursMs = medians[1] / 1e6;
        System.out.printf("BigMathBench: %-40s JDK %8.2f ms   ingot %8.2f ms   ratio %5.2fx (goal: at most 1.50x)%n",
                name, jdkMs, oursMs, oursMs / jdkMs);
    }

    private static Object[] callArguments(Object[][] arrays, int repeats) {
        Object[] call = new Object[arrays.length + (repeats >= 0 ? 1 : 0)];
        System.arraycopy(arrays, 0, call, 0, arrays.length);
        if (repeats >= 0) {
            call[arrays.length] = repeats;
        }
        return call;
    }

    private static void invoke(MethodHandle h, Object[] args) {
        try {
            blackhole += (long) h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
