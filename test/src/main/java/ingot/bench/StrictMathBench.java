package ingot.bench;

import ingot.classlib.differential.MathDifferential;
import ingot.classlib.differential.Remapping;
import ingot.classlib.mathcalls.MathCalls;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Random;

/**
 * Our StrictMath against the JDK 17's on HotSpot, in the same run: each function over 200,000
 * ordinary arguments, through the differential test's MathCalls loops (as compiled, calling the
 * JDK's StrictMath, and as the renamed copy calling ours). The JDK's sin, cos, tan, asin, acos,
 * atan, log, log10, atan2, sinh, cosh, tanh, expm1 and log1p are C (JNI calls into fdlibm), its
 * exp, pow, cbrt and hypot Java, and its sqrt a HotSpot intrinsic (sqrtsd) — ours is the Java
 * body, which the image replaces by sqrtsd. Prints the median round times and the ratio ours/JDK.
 *
 * <p>The class library is found through -Dingot.classlib (bench.sh passes classlib/target/java.base).
 */
public final class StrictMathBench {
    private static final int ARGUMENTS = 200_000;
    private static final int WARMUP_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 15;
    private static long blackhole;

    private StrictMathBench() {
    }

    public static void main(String[] args) throws Throwable {
        Class<?> ours = MathDifferential.remapping(Remapping.locateLibrary()).oursFor(MathCalls.class);
        MethodHandle ourUnary = MethodHandles.publicLookup().findStatic(ours, "strictUnary",
                MethodType.methodType(void.class, String.class, double[].class, long[].class));
        MethodHandle ourBinary = MethodHandles.publicLookup().findStatic(ours, "strictBinary",
                MethodType.methodType(void.class, String.class, double[].class, double[].class, long[].class));
        Random rnd = new Random(20260102);
        System.out.printf("StrictMathBench: ours (renamed copies of classlib) against the JDK 17 StrictMath, %d"
                + " calls a round, median of %d rounds%n", ARGUMENTS, TIMED_ROUNDS);
        for (String name : MathCalls.UNARY) {
            double[] x = unaryArguments(name, rnd);
            long[] out = new long[ARGUMENTS];
            report(name, Stopwatch.compare(() -> MathCalls.strictUnary(name, x, out), () -> {
                try {
                    ourUnary.invokeExact(name, x, out);
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
                blackhole += out[ARGUMENTS / 2];
            }, WARMUP_ROUNDS, TIMED_ROUNDS));
        }
        for (String name : new String[] {"atan2", "pow", "hypot", "IEEEremainder"}) {
            double[] x = new double[ARGUMENTS];
            double[] y = new double[ARGUMENTS];
            for (int i = 0; i < ARGUMENTS; i++) {
                x[i] = name.equals("pow") ? rnd.nextDouble() * 100 : rnd.nextDouble() * 200 - 100;
                y[i] = name.equals("pow") ? rnd.nextDouble() * 20 - 10 : rnd.nextDouble() * 200 - 100;
            }
            long[] out = new long[ARGUMENTS];
            report(name, Stopwatch.compare(() -> MathCalls.strictBinary(name, x, y, out), () -> {
                try {
                    ourBinary.invokeExact(name, x, y, out);
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
                blackhole += out[ARGUMENTS / 2];
            }, WARMUP_ROUNDS, TIMED_ROUNDS));
        }
        System.out.println("StrictMathBench: checksum " + blackhole);
    }

    /** Ordinary arguments: where programs call the function, not its edge cases. */
    private static double[] unaryArguments(String name, Random rnd) {
        double[] x = new double[ARGUMENTS];
        for (int i = 0; i < ARGUMENTS; i++) {
            double u = rnd.nextDouble();
            switch (name) {
                case "asin":
                case "acos":
                    x[i] = 2 * u - 1;
                    break;
                case "exp":
                case "expm1":
                case "sinh":
                case "cosh":
                case "tanh":
                    x[i] = 100 * u - 50;
                    break;
                case "log":
                case "log10":
                case "log1p":
                case "sqrt":
                case "cbrt":
                    x[i] = 1e6 * u;
                    break;
                default:
                    x[i] = 200 * u - 100;
            }
        }
        return x;
    }

    private static void report(String name, long[] medians) {
        double jdkMs = medians[0] / 1e6;
        double oursMs = medians[1] / 1e6;
        System.out.printf("StrictMathBench: %-14s JDK %8.2f ms   ingot %8.2f ms   ratio %5.2fx%n", name, jdkMs, oursMs,
                oursMs / jdkMs);
    }
}
