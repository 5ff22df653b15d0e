package ingot.classlib.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Random;

/**
 * Seeded sequences of one-shot text operations, compared with the JDK: formatting random
 * arguments with random format strings (our renamed java.util.Formatter against the JDK's: the
 * text written, also before an exception, and the exception), parsing random strings as doubles
 * and floats (bits or exception), and printing random bits with toHexString. Our side calls the
 * renamed classes of java.util and jdk.internal.math directly.
 */
final class TextRunner {
    /** The text scenarios, by name. */
    static final String[] SCENARIOS = {"String.format", "Double.parseDouble", "Float.parseFloat", "toHexString"};
    private static final int TRACE = 6;

    private final Constructor<?> formatter;
    private final Method format;
    private final Method parseDouble;
    private final Method parseFloat;
    private final Method hexDouble;
    private final Method hexFloat;

    TextRunner(Remapping remapping) {
        try {
            Class<?> f = remapping.load(Remapping.DOTTED_PREFIX + "java.util.Formatter");
            formatter = f.getConstructor(Appendable.class);
            format = f.getMethod("format", String.class, Object[].class);
            Class<?> parser = remapping.load(Remapping.DOTTED_PREFIX + "jdk.internal.math.FloatingParser");
            parseDouble = parser.getMethod("parseDouble", String.class);
            parseFloat = parser.getMethod("parseFloat", String.class);
            Class<?> hex = remapping.load(Remapping.DOTTED_PREFIX + "jdk.internal.math.HexFloat");
            hexDouble = hex.getMethod("toHexString", double.class);
            hexFloat = hex.getMethod("toHexString", float.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of one sequence. */
    static final class Result {
        int operations;
        String mismatch;
    }

    Result run(String scenario, long seed, int steps) {
        return sequence(scenario, seed, steps, this::operation);
    }

    /** One random operation of a scenario: {description, JDK outcome, our outcome}. */
    interface Operation {
        String[] apply(String scenario, Random r);
    }

    /** Runs steps operations from a generator seeded with seed; stops at the first mismatch. */
    static Result sequence(String scenario, long seed, int steps, Operation operation) {
        Random r = new Random(seed);
        return runSteps(scenario, seed, steps, () -> operation.apply(scenario, r));
    }

    /** One operation of a sequence: {description, JDK outcome, our outcome}. */
    interface Step {
        String[] next();
    }

    /**
     * Runs {@code steps} operations, stopping at the first whose outcomes differ; the report shows
     * it with the operations before it (lines cut at 600 characters).
     */
    static Result runSteps(String scenario, long seed, int steps, Step step) {
        Deque<String> trace = new ArrayDeque<>();
        Result result = new Result();
        for (int i = 0; i < steps; i++) {
            String[] pair = step.next();
            result.operations++;
            if (!pair[1].equals(pair[2])) {
                StringBuilder sb = new StringBuilder(scenario).append(" seed ").append(seed).append(" step ")
                        .append(i).append('\n');
                for (String t : trace) {
                    sb.append("    ").append(t).append('\n');
                }
                sb.append("  ").append(pair[0]).append('\n');
                sb.append("  JDK:  ").append(pair[1]).append('\n');
                sb.append("  ours: ").append(pair[2]).append('\n');
                result.mismatch = sb.toString();
                return result;
            }
            String line = pair[0] + " -> " + pair[1];
            trace.add(line.length() > 600 ? line.substring(0, 600) + "..." : line);
            if (trace.size() > TRACE) {
                trace.removeFirst();
            }
        }
        return result;
    }

    /** The JDK's Formatter and ours on one format string, each side with its own arguments. */
    String[] formatBoth(String f, Object[] jdkArgs, Object[] ourArgs) {
        return new String[] {jdkFormat(f, jdkArgs), ourFormat(f, ourArgs)};
    }

    /** {description, JDK outcome, our outcome} of one random operation. */
    private String[] operation(String scenario, Random r) {
        switch (scenario) {
            case "String.format": {
                String f = TextInputs.format(r);
                Object[] args = TextInputs.arguments(r, f);
                return new String[] {"format(\"" + f + "\", " + Arrays.deepToString(args) + ")", jdkFormat(f, args),
                    ourFormat(f, args)};
            }
            case "Double.parseDouble": {
                String s = TextInputs.number(r);
                return new String[] {"parseDouble(\"" + s + "\")", jdk(() -> bits(Double.parseDouble(s))),
                    ours(parseDouble, s)};
            }
            case "Float.parseFloat": {
                String s = TextInputs.number(r);
                return new String[] {"parseFloat(\"" + s + "\")", jdk(() -> bits(Float.parseFloat(s))),
                    ours(parseFloat, s)};
            }
            default: {
                if (r.nextBoolean()) {
                    double d = Double.longBitsToDouble(r.nextInt(4) == 0 ? r.nextLong() >>> 12 : r.nextLong());
                    return new String[] {"toHexString(" + bits(d) + ")", Double.toHexString(d), ours(hexDouble, d)};
                }
                float f = Float.intBitsToFloat(r.nextInt(4) == 0 ? r.nextInt() >>> 9 : r.nextInt());
                return new String[] {"toHexString(" + bits(f) + "f)", Float.toHexString(f), ours(hexFloat, f)};
            }
        }
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    private static String bits(float f) {
        return Integer.toHexString(Float.floatToRawIntBits(f));
    }

    private interface JdkCall {
        String call();
    }

    private static String jdk(JdkCall c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            return Describer.thrown(e);
        }
    }

    private static String ours(Method m, Object arg) {
        Outcome o;
        try {
            o = Outcome.returned(m.invoke(null, arg));
        } catch (ReflectiveOperationException | RuntimeException e) {
            o = Outcome.threw(e);
        }
        if (o.thrown != null) {
            return Describer.thrown(o.thrown);
        }
        Object v = o.value;
        return v instanceof Double ? bits((Double) v) : v instanceof Float ? bits((Float) v) : String.valueOf(v);
    }

    private static String jdkFormat(String f, Object[] args) {
        StringBuilder out = new StringBuilder();
        try {
            new java.util.Formatter(out).format(f, args);
            return "[" + out + "]";
        } catch (RuntimeException e) {
            return "[" + out + "] " + Describer.thrown(e);
        }
    }

    private String ourFormat(String f, Object[] args) {
        StringBuilder out = new StringBuilder();
        try {
            format.invoke(formatter.newInstance(out), f, args);
            return "[" + out + "]";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "[" + out + "] " + Describer.thrown(Outcome.threw(e).thrown);
        }
    }
}
