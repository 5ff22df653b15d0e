package ingot.classlib.differential;

import ingot.classlib.differential.BigMathOps.Kind;
import ingot.classlib.differential.BigMathOps.Operation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded sequences over java.math, ours (renamed) against the JDK's: BigInteger and BigDecimal
 * operations on a pool of values (every result of either type joins the pool while it stays of
 * modest size), MathContext and RoundingMode, and Formatter with BigInteger and BigDecimal
 * arguments. After each operation one line per side is compared: the operation, then the result
 * (BigInteger: toString and hashCode; BigDecimal: toString, unscaled value, scale, precision and
 * hashCode; doubles and floats as bits) or the exception, and for operations that take a Random
 * the generator's next long afterwards (so the same numbers were drawn).
 */
final class BigMathRunner {
    static final String[] SCENARIOS = {"BigInteger", "BigDecimal", "MathContext", "BigMath format"};
    private static final int POOL = 16;
    /** The largest receivers of isProbablePrime and nextProbablePrime. */
    private static final int PRIME_TEST_BITS = 1200;

    private final Sides sides;
    private final List<Operation> integerOps = BigMathOps.integerOps();
    private final List<Operation> decimalOps = BigMathOps.decimalOps();
    private final List<Operation> contextOps = BigMathOps.contextOps();
    private final BigMathFormats formats;

    BigMathRunner(Sides sides, TextRunner text) {
        this.sides = sides;
        this.formats = new BigMathFormats(text);
    }

    /** The state of one sequence: its random source and pools of values (pairs JDK, ours). */
    final class Sequence {
        final Random r;
        final List<Object[]> integers = new ArrayList<>();
        final List<Object[]> decimals = new ArrayList<>();
        private final List<Object[]> randoms = new ArrayList<>();
        String failure;

        Sequence(long seed) {
            r = new Random(seed);
        }

        Object[] integer() {
            if (!integers.isEmpty() && r.nextInt(100) < 55) {
                return integers.get(r.nextInt(integers.size()));
            }
            return freshInteger(BigMathInputs.integer(r));
        }

        Object[] freshInteger(java.math.BigInteger v) {
            return construct(BigMathOps.BIG_INTEGER, new Class<?>[] {String.class}, v.toString());
        }

        Object[] freshDecimal(java.math.BigDecimal v) {
            return construct(BigMathOps.BIG_DECIMAL, new Class<?>[] {String.class}, v.toString());
        }

        Object[] decimal() {
            if (!decimals.isEmpty() && r.nextInt(100) < 55) {
                return decimals.get(r.nextInt(decimals.size()));
            }
            return freshDecimal(BigMathInputs.decimal(r));
        }

        /** The same constructor on both sides; a difference or failure ends the sequence. */
        Object[] construct(String owner, Class<?>[] params, Object... args) {
            return constructPair(owner, params, args, args);
        }

        /** A constructor on both sides with each side's arguments. */
        Object[] constructPair(String owner, Class<?>[] params, Object[] jdkArgs, Object[] ourArgs) {
            Outcome j = sides.construct(false, owner, params, jdkArgs);
            Outcome o = sides.construct(true, owner, params, ourArgs);
            if (j.thrown != null || o.thrown != null) {
                failure = "making " + owner + Arrays.toString(jdkArgs) + ": JDK " + describe(j) + ", ours "
                        + describe(o);
                return new Object[] {null, null};
            }
            return new Object[] {j.value, o.value};
        }

        Object[] mathContext() {
            Object[] mode = roundingMode();
            int precision = BigMathInputs.precision(r);
            return constructPair(BigMathOps.MATH_CONTEXT, new Class<?>[] {int.class, java.math.RoundingMode.class},
                    new Object[] {precision, mode[0]}, new Object[] {precision, mode[1]});
        }

        Object[] roundingMode() {
            String name = BigMathInputs.roundingMode(r);
            Object[] pair = new Object[2];
            for (int side = 0; side < 2; side++) {
                pair[side] = sides.call(side == 1, BigMathOps.ROUNDING_MODE, "valueOf", new Class<?>[] {String.class},
                        null, new Object[] {name}).value;
            }
            return pair;
        }
    }

    TextRunner.Result run(String scenario, long seed, int steps) {
        Sequence s = new Sequence(seed);
        return TextRunner.runSteps(scenario, seed, steps, () -> {
            String[] pair = scenario.equals("BigMath format") ? formats.step(s) : step(scenario, s);
            if (s.failure != null) {
                pair[2] += " | " + s.failure;
            }
            return pair;
        });
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    /** {description, JDK line, our line} of one operation of the scenario. */
    private String[] step(String scenario, Sequence s) {
        List<Operation> ops = scenario.equals("BigInteger") ? integerOps
                : scenario.equals("BigDecimal") ? decimalOps : contextOps;
        Operation op = ops.get(s.r.nextInt(ops.size()));
        Object[] receiver = null;
        if (!op.isStatic) {
            receiver = op.owner.equals(BigMathOps.BIG_INTEGER) ? s.integer()
                    : op.owner.equals(BigMathOps.BIG_DECIMAL) ? s.decimal() : s.mathContext();
            if (op.name.endsWith("ProbablePrime")
                    && ((java.math.BigInteger) receiver[0]).bitLength() > PRIME_TEST_BITS) {
                // searching and testing primes of thousands of bits takes seconds a call
                receiver = s.freshInteger(BigMathInputs.integer(s.r, 1 + s.r.nextInt(PRIME_TEST_BITS)));
            }
        }
        Object[][] args = new Object[2][op.kinds.length];
        StringBuilder text = new StringBuilder(op.owner.substring(10)).append('.').append(op.name).append('(');
        s.randoms.clear();
        BigMathArguments generator = new BigMathArguments(this, s, sides);
        for (int i = 0; i < op.kinds.length; i++) {
            text.append(i == 0 ? "" : ", ").append(generator.generate(op, op.kinds[i], receiver, args, i));
        }
        text.append(')');
        if (receiver != null) {
            text.insert(0, "[" + abbreviate(String.valueOf(receiver[0])) + "].");
        }
        Outcome j = call(false, op, receiver, args[0]);
        Outcome o = call(true, op, receiver, args[1]);
        String jl = describe(j) + randomsAfter(s, 0);
        String ol = describe(o) + randomsAfter(s, 1);
        if (jl.equals(ol) && j.thrown == null) {
            keep(s, j.value, o.value);
        }
        return new String[] {text.toString(), jl, ol};
    }

    void registerRandom(Sequence s, Object jdk, Object ours) {
        s.randoms.add(new Object[] {jdk, ours});
    }

    private String randomsAfter(Sequence s, int side) {
        StringBuilder sb = new StringBuilder();
        for (Object[] pair : s.randoms) {
            Outcome next = sides.call(side == 1, "java.util.Random", "nextLong", new Class<?>[0], pair[side],
                    new Object[0]);
            sb.append(" | random next ").append(describe(next));
        }
        return sb.toString();
    }

    private Outcome call(boolean ours, Operation op, Object[] receiver, Object[] args) {
        if (op.isConstructor()) {
            return sides.construct(ours, op.owner, op.params, args);
        }
        return sides.call(ours, op.owner, op.name, op.params, op.isStatic ? null : receiver[ours ? 1 : 0], args);
    }

    /** Adds results of modest size to the pools. */
    void keep(Sequence s, Object jdk, Object ours) {
        if (jdk instanceof Object[]) {
            Object[] js = (Object[]) jdk;
            Object[] os = (Object[]) ours;
            for (int i = 0; i < js.length; i++) {
                keep(s, js[i], os[i]);
            }
            return;
        }
        if (jdk instanceof java.math.BigInteger && ((java.math.BigInteger) jdk).bitLength() < 12_000) {
            add(s, s.integers, jdk, ours);
        } else if (jdk instanceof java.math.BigDecimal) {
            java.math.BigDecimal d = (java.math.BigDecimal) jdk;
            if (d.precision() < 1500 && Math.abs((long) d.scale()) < 2000) {
                add(s, s.decimals, jdk, ours);
            }
        }
    }

    private static void add(Sequence s, List<Object[]> pool, Object jdk, Object ours) {
        if (pool.size() >= POOL) {
            pool.remove(s.r.nextInt(pool.size()));
        }
        pool.add(new Object[] {jdk, ours});
    }

    static String describe(Outcome o) {
        return o.thrown != null ? Describer.thrown(o.thrown) : describe(o.value);
    }

    /** A value in a form comparable across the sides. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Object[]) {
            StringBuilder sb = new StringBuilder("[");
            for (Object e : (Object[]) v) {
                sb.append(sb.length() == 1 ? "" : ", ").append(describe(e));
            }
            return sb.append(']').toString();
        }
        if (v instanceof byte[]) {
            return "bytes " + Arrays.toString((byte[]) v);
        }
        if (v instanceof Double) {
            return "double " + v + " " + Long.toHexString(Double.doubleToRawLongBits((Double) v));
        }
        if (v instanceof Float) {
            return "float " + v + " " + Integer.toHexString(Float.floatToRawIntBits((Float) v));
        }
        String type = v.getClass().getName();
        if (type.endsWith("java.math.BigInteger")) {
            return "BigInteger " + v + " #" + v.hashCode();
        }
        if (type.endsWith("java.math.BigDecimal")) {
            return "BigDecimal " + v + " unscaled " + invoke(v, "unscaledValue") + " scale " + invoke(v, "scale")
                    + " precision " + invoke(v, "precision") + " #" + v.hashCode();
        }
        return Describer.strip(v.getClass().getSimpleName()) + " " + v;
    }

    private static String invoke(Object v, String method) {
        try {
            Method m = v.getClass().getMethod(method);
            return String.valueOf(m.invoke(v));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return describe(Outcome.threw(e));
        }
    }
}
