package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our Double/Float parsing and toHexString (jdk.internal.math, renamed) on chosen inputs against
 * the JDK: every syntax rule and message, the rounding boundaries (half-way points, subnormals,
 * overflow), long digit strings and huge exponents; and the 128-bit powers of five the parser
 * estimates with, all of them against BigInteger.
 */
class FloatingParserTest {
    private final LangStatics s = new LangStatics();
    private static final Method PARSE_DOUBLE = LangStatics.ours("jdk.internal.math.FloatingParser", "parseDouble",
            String.class);
    private static final Method PARSE_FLOAT = LangStatics.ours("jdk.internal.math.FloatingParser", "parseFloat",
            String.class);

    private void parse(String in) {
        s.check("parseDouble " + in, LangStatics.jdk(() -> Double.parseDouble(in)), LangStatics.call(PARSE_DOUBLE, in));
        s.check("parseFloat " + in, LangStatics.jdk(() -> Float.parseFloat(in)), LangStatics.call(PARSE_FLOAT, in));
    }

    private void assertNoMismatch(long minimumChecks) {
        assertTrue(s.checks() >= minimumChecks, "only " + s.checks() + " checks ran");
        assertEquals(List.of(), s.mismatches(), String.join("\n", s.mismatches()));
    }

    @Test
    void syntaxAndMessagesAreTheJdks() {
        String[] inputs = {"", " ", "  1.5  ", "\t\n1e5\u000b", "+", "-", ".", "e5", "1e", "1e+", "1.e5", ".5",
            "-.5e-3", "1_0", "0x", "0x1", "0x1p", "0x1p1", "0x.p1", "0x.8p1", "0X1.8P3", "0x1.8p3d", "0x1.8p3f ",
            "1f", "1d", "1F", "1D", "1.5fd", "NaN", "-NaN", "+NaN", "NaNd", "Infinity", "-Infinity", "+Infinityf",
            "infinity", "nan", "Inf", "1x", "1.5.5", "1..", "..", "+.", "--1", "+-1", "1e5e5", "\u00a01", "1 2",
            "0x1p", "0xp1", "0x1pa", "0x1p+", "1e+-5", "\u0661", "0x1.8p3x", "NaN ", " Infinity ", "Infinityx", "Nan",
            ".e1", "0.", "00.00e-0", "0x1..1p1", "0x1.1.p1", "0xg", "0x1p00000000000000000000000001", "-0", "-0x0p0"};
        for (String in : inputs) {
            parse(in);
        }
        // HotSpot words NullPointerException's message from variable names: compare the type
        s.check("null", NullPointerException.class, LangStatics.call(PARSE_DOUBLE, (Object) null).getClass());
        assertNoMismatch(inputs.length * 2);
        assertEquals("multiple points", ((Throwable) LangStatics.call(PARSE_DOUBLE, "1.5.5")).getMessage());
        assertEquals("For input string: \"1x\"", ((Throwable) LangStatics.call(PARSE_DOUBLE, " 1x ")).getMessage());
    }

    @Test
    void valuesAreCorrectlyRounded() {
        String[] inputs = {"1e400", "-1e400", "1e-400", "1e2147483648", "1e-2147483648", "0e99999999999999",
            "1e99999999999999999999", "0x1p99999999999", "0x1p-99999999999", "0x0p99999999999", "0x1p2147483647",
            "0x1p-2147483648", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
            "0x1.0000000000000800000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
            "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000008000001p-1022", "0x1p-1074",
            "0x1p-1075", "0x1.0000000000001p-1075", "3.4028235e38", "3.4028236e38",
            "3.40282356779733661637539395458142568448e38", "1.4e-45", "7e-46", "7.1e-46", "0x1.fffffep127",
            "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.000001p-150", "4.9e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "9007199254740993", "9007199254740993.000000000000000000000000000001", "1e23", "8.41e21", "0.1",
            "123456789012345678901234567890", "12345678901234567890123456789e-10", "9999999999999999999",
            "18446744073709551615", "18446744073709551616", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "1.00000017881393432617187499", "1.000000178813934326171875", "1.00000017881393432617187501"};
        for (String in : inputs) {
            parse(in);
        }
        BigDecimal half = new BigDecimal(1.0).add(new BigDecimal(Math.ulp(1.0)).divide(BigDecimal.valueOf(2)));
        for (int zeros : new int[] {0, 20, 400, 3000}) {
            parse(half.toPlainString() + "0".repeat(zeros));
            parse(half.toPlainString() + "0".repeat(zeros) + "1");
            parse("0." + "0".repeat(zeros) + "123456789012345678901234567890e" + zeros);
        }
        BigDecimal halfMin = new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2));
        parse(halfMin.toPlainString());
        parse(halfMin.toPlainString() + "1");
        parse(halfMin.subtract(halfMin.ulp()).toPlainString());
        assertNoMismatch(inputs.length * 2 + 30);
    }

    @Test
    void everyPowerOfFiveHasItsTop128Bits() throws Exception {
        Class<?> table = LangStatics.remapping().load("ingot.remapped.jdk.internal.math.Pow5Table");
        Method of = table.getDeclaredMethod("of", int.class);
        of.setAccessible(true);
        java.lang.reflect.Field hi = table.getDeclaredField("hi");
        java.lang.reflect.Field lo = table.getDeclaredField("lo");
        java.lang.reflect.Field exponent = table.getDeclaredField("exponent");
        hi.setAccessible(true);
        lo.setAccessible(true);
        exponent.setAccessible(true);
        BigInteger five = BigInteger.valueOf(5);
        for (int q = -342; q <= 308; q++) {
            Object e = of.invoke(null, q);
            BigInteger mantissa = new BigInteger(1, toBytes(hi.getLong(e), lo.getLong(e)));
            int exp = exponent.getInt(e);
            // 5^q = (mantissa + t) * 2^exp with 0 <= t < 1 and the top bit of the 128 set
            BigInteger p = five.pow(Math.abs(q));
            BigInteger expected = q >= 0
                    ? (exp >= 0 ? p.shiftRight(exp) : p.shiftLeft(-exp))
                    : BigInteger.ONE.shiftLeft(-exp).divide(p);
            s.check("5^" + q, expected.toString(16), mantissa.toString(16));
            s.check("5^" + q + " top bit", 128, mantissa.bitLength());
        }
        assertNoMismatch(1302);
    }

    private static byte[] toBytes(long hi, long lo) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    @Test
    void hexStringsAreTheJdks() {
        Method d = LangStatics.ours("jdk.internal.math.HexFloat", "toHexString", double.class);
        Method f = LangStatics.ours("jdk.internal.math.HexFloat", "toHexString", float.class);
        double[] values = {0.0, -0.0, 1.0, -1.0, 3.0, 0.1, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, 0x0.8p-1022, 0x1.fffffffffffffp-1023, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1.0 / 3, Float.MIN_VALUE, Float.MIN_NORMAL, 0x0.8p-126, Float.MAX_VALUE};
        for (double v : values) {
            s.check("double " + v, Double.toHexString(v), LangStatics.call(d, v));
            s.check("float " + (float) v, Float.toHexString((float) v), LangStatics.call(f, (float) v));
        }
        assertNoMismatch(values.length * 2);
        assertEquals("0x1.8p1", LangStatics.call(d, 3.0));
        assertEquals("0x0.000002p-126", LangStatics.call(f, Float.MIN_VALUE));
    }
}
