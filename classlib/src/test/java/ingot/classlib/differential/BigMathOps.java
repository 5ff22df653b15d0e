package ingot.classlib.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * The java.math operations the sequences call, written as "name(KIND,...)" (a receiver from the
 * pool), "static name(...)" or "new(...)", and the argument kinds they take with each kind's
 * parameter type on the JDK side.
 */
final class BigMathOps {
    /** An argument kind and its JDK parameter type. */
    enum Kind {
        BI(java.math.BigInteger.class), BIM(java.math.BigInteger.class), BD(java.math.BigDecimal.class),
        MC(java.math.MathContext.class), RM(java.math.RoundingMode.class), OBJ(Object.class),
        RND(java.util.Random.class),
        /** Shift distances and bit indexes. */
        SHIFT(int.class), BIT(int.class), EXP(int.class), DEXP(int.class), RADIX(int.class), CERT(int.class),
        /** A certainty for isProbablePrime: 0 or less, or high enough that no composite passes in practice. */
        CERTAINTY(int.class),
        NUMBITS(int.class), PRIMEBITS(int.class), SIGNUM(int.class), OFF(int.class), LEN(int.class),
        SCALE(int.class), SCALE_ANY(int.class), RMINT(int.class), PREC(int.class), INT(int.class),
        LONG(long.class), DOUBLE(double.class), STRR(String.class), STRD(String.class), MCSTR(String.class),
        BYTES(byte[].class), CHARS(char[].class);

        final Class<?> jdkType;

        Kind(Class<?> jdkType) {
            this.jdkType = jdkType;
        }
    }

    /** One operation: constructor (name "new"), static method or instance method of owner. */
    static final class Operation {
        final String owner;
        final String name;
        final boolean isStatic;
        final Kind[] kinds;
        final Class<?>[] params;

        Operation(String owner, String spec) {
            this.owner = owner;
            boolean st = spec.startsWith("static ");
            String s = st ? spec.substring(7) : spec;
            int open = s.indexOf('(');
            this.name = s.substring(0, open);
            this.isStatic = st || name.equals("new");
            String inner = s.substring(open + 1, s.length() - 1);
            String[] parts = inner.isEmpty() ? new String[0] : inner.split(",");
            this.kinds = new Kind[parts.length];
            this.params = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                kinds[i] = Kind.valueOf(parts[i]);
                params[i] = kinds[i].jdkType;
            }
        }

        boolean isConstructor() {
            return name.equals("new");
        }
    }

    static final String BIG_INTEGER = "java.math.BigInteger";
    static final String BIG_DECIMAL = "java.math.BigDecimal";
    static final String MATH_CONTEXT = "java.math.MathContext";
    static final String ROUNDING_MODE = "java.math.RoundingMode";

    private static final String[] INTEGER_OPS = {"add(BI)", "subtract(BI)", "multiply(BI)", "multiply(BI)",
        "divide(BI)", "divide(BI)", "remainder(BI)", "divideAndRemainder(BI)", "mod(BIM)", "modPow(BI,BIM)",
        "modPow(BI,BIM)", "modInverse(BIM)", "pow(EXP)", "sqrt()", "sqrtAndRemainder()", "gcd(BI)", "abs()",
        "negate()", "signum()", "shiftLeft(SHIFT)", "shiftRight(SHIFT)", "and(BI)", "or(BI)", "xor(BI)", "not()",
        "andNot(BI)", "testBit(BIT)", "setBit(BIT)", "clearBit(BIT)", "flipBit(BIT)", "getLowestSetBit()",
        "bitLength()", "bitCount()", "compareTo(BI)", "equals(OBJ)", "hashCode()", "min(BI)", "max(BI)",
        "toString()", "toString(RADIX)", "toByteArray()", "intValue()", "longValue()", "floatValue()",
        "doubleValue()", "longValueExact()", "intValueExact()", "shortValueExact()", "byteValueExact()",
        "byteValue()", "shortValue()", "isProbablePrime(CERTAINTY)", "nextProbablePrime()",
        "new(STRD)", "new(STRR,RADIX)", "new(BYTES)", "new(BYTES,OFF,LEN)", "new(SIGNUM,BYTES)",
        "new(SIGNUM,BYTES,OFF,LEN)", "new(NUMBITS,RND)", "new(PRIMEBITS,CERT,RND)",
        "static probablePrime(PRIMEBITS,RND)", "static valueOf(LONG)"};

    private static final String[] DECIMAL_OPS = {"add(BD)", "add(BD,MC)", "subtract(BD)", "subtract(BD,MC)",
        "multiply(BD)", "multiply(BD,MC)", "divide(BD)", "divide(BD,MC)", "divide(BD,MC)", "divide(BD,SCALE,RM)",
        "divide(BD,RM)", "divide(BD,SCALE,RMINT)", "divide(BD,RMINT)", "divideToIntegralValue(BD)",
        "divideToIntegralValue(BD,MC)", "remainder(BD)", "remainder(BD,MC)", "divideAndRemainder(BD)",
        "divideAndRemainder(BD,MC)", "sqrt(MC)", "sqrt(MC)", "pow(DEXP)", "pow(DEXP,MC)", "abs()", "abs(MC)",
        "negate()", "negate(MC)", "plus()", "plus(MC)", "round(MC)", "signum()", "scale()", "precision()",
        "unscaledValue()", "setScale(SCALE,RM)", "setScale(SCALE,RMINT)", "setScale(SCALE)", "movePointLeft(SCALE)",
        "movePointRight(SCALE)", "scaleByPowerOfTen(SCALE_ANY)", "stripTrailingZeros()", "compareTo(BD)",
        "equals(OBJ)", "hashCode()", "min(BD)", "max(BD)", "toString()", "toEngineeringString()", "toPlainString()",
        "toBigInteger()", "toBigIntegerExact()", "intValue()", "longValue()", "floatValue()", "doubleValue()",
        "intValueExact()", "longValueExact()", "shortValueExact()", "byteValueExact()", "ulp()",
        "new(STRD)", "new(STRD,MC)", "new(CHARS)", "new(CHARS,OFF,LEN)", "new(CHARS,OFF,LEN,MC)", "new(CHARS,MC)",
        "new(DOUBLE)", "new(DOUBLE,MC)", "new(BI)", "new(BI,MC)", "new(BI,SCALE_ANY)", "new(BI,SCALE,MC)",
        "new(INT)", "new(INT,MC)", "new(LONG)", "new(LONG,MC)", "static valueOf(LONG)",
        "static valueOf(LONG,SCALE_ANY)",
        "static valueOf(DOUBLE)"};

    private static final String[] CONTEXT_OPS = {"new(PREC)", "new(PREC,RM)", "new(MCSTR)", "getPrecision()",
        "getRoundingMode()", "toString()", "equals(OBJ)"};

    private static final String[] ROUNDING_MODE_OPS = {"static valueOf(RMINT)"};

    static List<Operation> integerOps() {
        return parse(BIG_INTEGER, INTEGER_OPS);
    }

    static List<Operation> decimalOps() {
        return parse(BIG_DECIMAL, DECIMAL_OPS);
    }

    static List<Operation> contextOps() {
        List<Operation> ops = parse(MATH_CONTEXT, CONTEXT_OPS);
        ops.addAll(parse(ROUNDING_MODE, ROUNDING_MODE_OPS));
        return ops;
    }

    private static List<Operation> parse(String owner, String[] specs) {
        List<Operation> ops = new ArrayList<>();
        for (String s : specs) {
            ops.add(new Operation(owner, s));
        }
        return ops;
    }
}
