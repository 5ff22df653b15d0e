package ingot.classlib.differential;

import ingot.classlib.differential.BigMathOps.Kind;
import ingot.classlib.differential.BigMathOps.Operation;
import java.util.Arrays;
import java.util.Random;

/**
 * The arguments of one java.math operation, made for both sides: values from the pools or fresh
 * ones built by each side's constructor, Random generators with the same seed, and plain numbers
 * and strings (shared). Sizes are kept where the JDK's work stays short (exponents against the
 * receiver's size, moderate scales where a value would be padded with zeros).
 */
final class BigMathArguments {
    private final BigMathRunner runner;
    private final BigMathRunner.Sequence s;
    private final Sides sides;
    private final Random r;
    /** The length of the last byte or char array generated (for the offset and length after it). */
    private int lastLength;
    private int lastOffset;
    /** The radix the last integer string was written in, or -1. */
    private int pendingRadix = -1;

    BigMathArguments(BigMathRunner runner, BigMathRunner.Sequence s, Sides sides) {
        this.runner = runner;
        this.s = s;
        this.sides = sides;
        this.r = s.r;
    }

    /** Fills args[0][i] (JDK) and args[1][i] (ours); returns the argument as text. */
    String generate(Operation op, Kind kind, Object[] receiver, Object[][] args, int i) {
        switch (kind) {
            case BI:
                return pair(args, i, s.integer());
            case BIM:
                return pair(args, i, r.nextInt(20) == 0 ? s.integer() : s.freshInteger(BigMathInputs.positive(r)));
            case BD:
                return pair(args, i, s.decimal());
            case MC:
                return pair(args, i, s.mathContext());
            case RM:
                return pair(args, i, s.roundingMode());
            case OBJ:
                return object(op, receiver, args, i);
            case RND: {
                long seed = r.nextLong();
                args[0][i] = new Random(seed);
                args[1][i] = sides.construct(true, "java.util.Random", new Class<?>[] {long.class},
                        new Object[] {seed}).value;
                runner.registerRandom(s, args[0][i], args[1][i]);
                return "Random(" + seed + ")";
            }
            case SHIFT:
                return same(args, i, shift());
            case BIT:
                return same(args, i, r.nextInt(20) == 0 ? -1 - r.nextInt(2) : r.nextInt(10) == 0 ? 32 * r.nextInt(70)
                        : r.nextInt(300));
            case EXP:
                return same(args, i, exponent(receiver));
            case DEXP:
                return same(args, i, decimalExponent(op, receiver));
            case RADIX: {
                int radix = pendingRadix >= 0 && r.nextInt(10) != 0 ? pendingRadix : BigMathInputs.radix(r);
                return same(args, i, radix);
            }
            case CERT:
                return same(args, i, r.nextInt(10) == 0 ? r.nextInt(5) - 3 : 1 + r.nextInt(r.nextBoolean() ? 10 : 120));
            case CERTAINTY:
                // the JDK's own Random draws the bases: only certainties at which a composite
                // fails every time (at least 20 rounds) give answers both sides agree on
                return same(args, i, r.nextInt(10) == 0 ? -r.nextInt(3) : 40 + r.nextInt(80));
            case NUMBITS:
                return same(args, i, r.nextInt(15) == 0 ? -1 - r.nextInt(3)
                        : r.nextInt(20) == 0 ? 0 : BigMathInputs.bits(r));
            case PRIMEBITS:
                return same(args, i, primeBits());
            case SIGNUM:
                return same(args, i, r.nextInt(12) == 0 ? r.nextInt(7) - 3 : r.nextInt(3) - 1);
            case OFF:
                lastOffset = r.nextInt(12) == 0 ? -1 : r.nextInt(lastLength + 2);
                return same(args, i, lastOffset);
            case LEN:
                return same(args, i, r.nextInt(12) == 0 ? r.nextInt(lastLength + 3) - 1
                        : Math.max(0, lastLength - Math.max(0, lastOffset) - r.nextInt(3)));
            case SCALE:
                return same(args, i, BigMathInputs.scale(r));
            case SCALE_ANY:
                return same(args, i, BigMathInputs.anyScale(r));
            case RMINT:
                return same(args, i, r.nextInt(11) - 1);
            case PREC:
                return same(args, i, r.nextInt(15) == 0 ? -1 - r.nextInt(3) : BigMathInputs.precision(r));
            case INT:
                return same(args, i, r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(2001) - 1000);
            case LONG:
                return same(args, i, longValue());
            case DOUBLE:
                return same(args, i, BigMathInputs.doubleValue(r));
            case STRR:
                pendingRadix = BigMathInputs.radix(r);
                return quoted(args, i, BigMathInputs.integerText(r, pendingRadix));
            case STRD:
                return quoted(args, i, op.owner.equals(BigMathOps.BIG_INTEGER) ? BigMathInputs.integerText(r, 10)
                        : BigMathInputs.decimalText(r));
            case MCSTR:
                return quoted(args, i, BigMathInputs.mathContextText(r));
            case BYTES:
                return bytes(args, i);
            case CHARS:
                return chars(args, i);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private static String pair(Object[][] args, int i, Object[] pair) {
        args[0][i] = pair[0];
        args[1][i] = pair[1];
        return BigMathRunner.describe(pair[0]);
    }

    private static String same(Object[][] args, int i, Object v) {
        args[0][i] = v;
        args[1][i] = v;
        return String.valueOf(v);
    }

    private static String quoted(Object[][] args, int i, String v) {
        same(args, i, v);
        return "\"" + v + "\"";
    }

    /** For equals: a pool value, an equal fresh one (another scale for decimals), null or a foreign object. */
    private String object(Operation op, Object[] receiver, Object[][] args, int i) {
        int k = r.nextInt(10);
        boolean decimal = op.owner.equals(BigMathOps.BIG_DECIMAL);
        if (k < 4 && receiver != null) {
            Object[] copy;
            if (decimal) {
                java.math.BigDecimal d = (java.math.BigDecimal) receiver[0];
                copy = s.freshDecimal(r.nextBoolean() ? d : d.setScale(d.scale() + 1));
            } else if (op.owner.equals(BigMathOps.BIG_INTEGER)) {
                copy = s.freshInteger((java.math.BigInteger) receiver[0]);
            } else {
                copy = receiver;
            }
            return pair(args, i, copy);
        }
        if (k < 7) {
            return pair(args, i, decimal ? s.decimal() : op.owner.equals(BigMathOps.BIG_INTEGER) ? s.integer()
                    : s.mathContext());
        }
        if (k < 8) {
            return same(args, i, null);
        }
        return k < 9 ? pair(args, i, s.integer()) : same(args, i, "1");
    }

    private int shift() {
        switch (r.nextInt(15)) {
            case 0:
                return Integer.MIN_VALUE;
            case 1:
                return Integer.MAX_VALUE;
            case 2:
                return 32 * (1 + r.nextInt(20)) * (r.nextBoolean() ? 1 : -1);
            default:
                return r.nextInt(500) - 150;
        }
    }

    /** A power for BigInteger.pow, small enough for the receiver's size. */
    private int exponent(Object[] receiver) {
        if (r.nextInt(20) == 0) {
            return r.nextInt(20) == 0 ? Integer.MAX_VALUE : -1 - r.nextInt(3);
        }
        int bits = Math.max(1, ((java.math.BigInteger) receiver[0]).bitLength());
        return r.nextInt(Math.max(2, Math.min(60, 20_000 / bits)));
    }

    /** A power for BigDecimal.pow: small without a context; with one, also the X3.274 limits. */
    private int decimalExponent(Operation op, Object[] receiver) {
        int k = r.nextInt(20);
        if (k == 0) {
            return r.nextBoolean() ? 1_000_000_000 : -1_000_000_000;
        }
        if (op.kinds.length == 2 && k < 3) {
            return r.nextBoolean() ? 999_999_999 : -999_999_999;
        }
        int precision = ((java.math.BigDecimal) receiver[0]).precision();
        int limit = Math.max(2, Math.min(40, 3000 / precision));
        return op.kinds.length == 2 ? r.nextInt(2 * limit) - limit / 2 : r.nextInt(limit) - (k < 4 ? 2 : 0);
    }

    private int primeBits() {
        int k = r.nextInt(20);
        if (k == 0) {
            return r.nextInt(4) - 2;
        }
        if (k < 3) {
            return 95 + r.nextInt(200);
        }
        return 2 + r.nextInt(93);
    }

    private long longValue() {
        switch (r.nextInt(8)) {
            case 0:
                return Long.MIN_VALUE + r.nextInt(2);
            case 1:
                return Long.MAX_VALUE - r.nextInt(2);
            case 2:
                return r.nextInt(21) - 10;
            default:
                return r.nextLong() >> r.nextInt(64);
        }
    }

    private String bytes(Object[][] args, int i) {
        byte[] b;
        if (r.nextInt(4) == 0) {
            b = BigMathInputs.integer(r).toByteArray();
        } else {
            b = new byte[r.nextInt(40)];
            r.nextBytes(b);
            if (b.length > 0 && r.nextBoolean()) {
                b[0] = (byte) (r.nextBoolean() ? 0 : -1);
            }
        }
        lastLength = b.length;
        args[0][i] = b.clone();
        args[1][i] = b.clone();
        return Arrays.toString(b);
    }

    private String chars(Object[][] args, int i) {
        String text = BigMathInputs.decimalText(r);
        if (r.nextBoolean()) {
            text = "x" + text + "yz";
        }
        char[] c = text.toCharArray();
        lastLength = c.length;
        args[0][i] = c.clone();
        args[1][i] = c.clone();
        return "chars \"" + text + "\"";
    }
}
