package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our java.lang statics against the JDK's, on HotSpot: every code point's Unicode properties,
 * case mapping of strings, UTF-8, split, Double/Float.toString of special and random values,
 * integer conversions and bit operations, and Math's exact functions.
 */
class JavaLangStaticsTest {
    private final LangStatics s = new LangStatics();

    private void assertNoMismatch(long minimumChecks) {
        assertTrue(s.checks() >= minimumChecks, "only " + s.checks() + " checks ran");
        assertEquals(List.of(), s.mismatches(), String.join("\n", s.mismatches()));
    }

    private static MethodHandle handle(String cls, String name, Class<?> ret, Class<?>... params) throws Exception {
        Method m = LangStatics.ours(cls, name, params);
        return MethodHandles.lookup().unreflect(m).asType(java.lang.invoke.MethodType.methodType(ret, params));
    }

    @Test
    void everyCodePointHasTheJdksProperties() throws Throwable {
        String[] booleans = {"isLetter", "isDigit", "isLetterOrDigit", "isUpperCase", "isLowerCase", "isTitleCase",
            "isWhitespace", "isSpaceChar", "isISOControl", "isIdentifierIgnorable", "isJavaIdentifierStart",
            "isJavaIdentifierPart", "isAlphabetic", "isIdeographic", "isMirrored", "isDefined", "isValidCodePoint",
            "isBmpCodePoint", "isSupplementaryCodePoint"};
        String[] ints = {"getType", "toUpperCase", "toLowerCase", "toTitleCase", "getNumericValue", "charCount"};
        MethodHandle[] ourBooleans = new MethodHandle[booleans.length];
        MethodHandle[] jdkBooleans = new MethodHandle[booleans.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < booleans.length; i++) {
            ourBooleans[i] = handle("Character", booleans[i], boolean.class, int.class);
            jdkBooleans[i] = lookup.findStatic(Character.class, booleans[i],
                    java.lang.invoke.MethodType.methodType(boolean.class, int.class));
        }
        MethodHandle[] ourInts = new MethodHandle[ints.length];
        MethodHandle[] jdkInts = new MethodHandle[ints.length];
        for (int i = 0; i < ints.length; i++) {
            ourInts[i] = handle("Character", ints[i], int.class, int.class);
            jdkInts[i] = lookup.findStatic(Character.class, ints[i], java.lang.invoke.MethodType.methodType(int.class, int.class));
        }
        MethodHandle digit = handle("Character", "digit", int.class, int.class, int.class);
        int[] radices = {2, 8, 10, 16, 36, 1, 37};
        for (int cp = -2; cp <= Character.MAX_CODE_POINT + 2; cp++) {
            for (int i = 0; i < booleans.length; i++) {
                boolean j = (boolean) jdkBooleans[i].invokeExact(cp);
                boolean o = (boolean) ourBooleans[i].invokeExact(cp);
                if (j != o) {
                    s.check(booleans[i] + "(" + Integer.toHexString(cp) + ")", j, o);
                }
            }
            for (int i = 0; i < ints.length; i++) {
                int j = (int) jdkInts[i].invokeExact(cp);
                int o = (int) ourInts[i].invokeExact(cp);
                if (j != o) {
                    s.check(ints[i] + "(" + Integer.toHexString(cp) + ")", j, o);
                }
            }
            for (int radix : radices) {
                int j = Character.digit(cp, radix);
                int o = (int) digit.invokeExact(cp, radix);
                if (j != o) {
                    s.check("digit(" + Integer.toHexString(cp) + ", " + radix + ")", j, o);
                }
            }
        }
        s.check("forDigit", Character.forDigit(11, 16), LangStatics.call(LangStatics.ours("Character", "forDigit", int.class, int.class), 11, 16));
        assertNoMismatch(1);
    }

    private static String randomText(Random rnd, int length) {
        int[] pool = {'a', 'Z', 'ß', 'İ', 'ı', 'Σ', 'σ', 'ς', 'Α', ' ', '.', '\'', 'ŉ', 'ǰ', 'ﬀ', 'Ǆ', 'ǅ', 'ǆ', 0x0345,
            0x10400, 0x10428, 0x1E900, 0xD800, 0xDC00, 'é', 'É', 'ÿ', 'Ÿ', '1', 0x1F600, 'ΐ', 'Ω', 'ω', 0x2126};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x3000) : pool[rnd.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    /**
     * Text of letters of common scripts, digits, spaces and punctuation. The Greek final sigma
     * depends on word boundaries; ours approximate the JDK's word breaking, which agrees for such
     * text, not next to symbols, supplementary characters or lone surrogates.
     */
    private static String plainText(Random rnd, int length) {
        String pool = "aZ\u00df\u0130\u0131\u03a3\u03c3\u03c2\u0391\u03c9\u0410\u044f\u00e9\u00c9 .,-'!?0123456789\u01c5";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        return sb.toString();
    }

    @Test
    void stringCaseMappingAndComparisonAgree() {
        Method upper = LangStatics.ours("CaseFolding", "toUpperCase", String.class, char[].class);
        Method lower = LangStatics.ours("CaseFolding", "toLowerCase", String.class, char[].class);
        Method compare = LangStatics.ours("CaseFolding", "compare", char[].class, char[].class);
        Method region = LangStatics.ours("CaseFolding", "regionMatches", char[].class, int.class, char[].class,
                int.class, int.class);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = new String(Character.toChars(cp));
            s.check("upper " + Integer.toHexString(cp), one.toUpperCase(Locale.ROOT), LangStatics.call(upper, one, one.toCharArray()));
            s.check("lower " + Integer.toHexString(cp), one.toLowerCase(Locale.ROOT), LangStatics.call(lower, one, one.toCharArray()));
        }
        Random rnd = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(rnd, rnd.nextInt(8));
            String b = rnd.nextBoolean() ? a.toUpperCase(Locale.ROOT) : randomText(rnd, rnd.nextInt(8));
            s.check("upper " + a, a.toUpperCase(Locale.ROOT), LangStatics.call(upper, a, a.toCharArray()));
            String p = plainText(rnd, rnd.nextInt(12));
            s.check("lower " + p, p.toLowerCase(Locale.ROOT), LangStatics.call(lower, p, p.toCharArray()));
            if (a.indexOf('\u03a3') < 0) {
                s.check("lower " + a, a.toLowerCase(Locale.ROOT), LangStatics.call(lower, a, a.toCharArray()));
            }
            s.check("compareToIgnoreCase " + a + " " + b, a.compareToIgnoreCase(b),
                    LangStatics.call(compare, a.toCharArray(), b.toCharArray()));
            int len = Math.min(a.length(), b.length());
            s.check("regionMatches " + a + " " + b, a.regionMatches(true, 0, b, 0, len),
                    LangStatics.call(region, a.toCharArray(), 0, b.toCharArray(), 0, len));
        }
        assertNoMismatch(2_000_000);
    }

    /**
     * String.toLowerCase/toUpperCase with the languages that have rules of their own (tr, az, lt)
     * and one without, on code points alone, after I, i or J and before a combining dot above or
     * an acute (the contexts of After_I, Before_Dot, More_Above and After_Soft_Dotted), and before
     * a subscript i with a dot (where the JDK starts applying the rules): every code
     * point up to U+3000 and in U+1D000-U+1EFFF (musical and other marks), every seventh elsewhere.
     */
    @Test
    void localeSensitiveCaseMappingAgrees() {
        Method upper = LangStatics.ours("SpecialCasing", "toUpperCase", String.class, char[].class, String.class);
        Method lower = LangStatics.ours("SpecialCasing", "toLowerCase", String.class, char[].class, String.class);
        Locale[] locales = {new Locale("tr"), new Locale("az"), new Locale("lt"), Locale.GERMAN};
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x3000 || cp >= 0x1D000 && cp < 0x1F000 ? 1 : 7) {
            String c = new String(Character.toChars(cp));
            for (String text : new String[] {c, "I" + c + "\u0307", "i" + c + "\u0307", "J" + c + "\u0301",
                c + "\u1d62\u0307"}) {
                if (text.indexOf('\u03a3') >= 0) {
                    continue; // the final sigma's word boundaries are approximated (see stringCaseMappingAgrees)
                }
                for (Locale l : locales) {
                    String language = l.getLanguage();
                    s.check("upper " + language + " " + text, text.toUpperCase(l),
                            LangStatics.call(upper, text, text.toCharArray(), language));
                    s.check("lower " + language + " " + text, text.toLowerCase(l),
                            LangStatics.call(lower, text, text.toCharArray(), language));
                }
            }
        }
        assertNoMismatch(5_000_000);
    }

    @Test
    void utf8AndSplitAgree() {
        Method encode = LangStatics.ours("Utf8", "encode", char[].class, int.class, int.class);
        Method decode = LangStatics.ours("Utf8", "decode", byte[].class, int.class, int.class);
        Method split = LangStatics.ours("Splitter", "split", String.class, char.class, int.class);
        Random rnd = new Random(23);
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(rnd, rnd.nextInt(10));
            s.check("encode " + text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                    new String((byte[]) LangStatics.call(encode, text.toCharArray(), 0, text.length()), StandardCharsets.ISO_8859_1));
            byte[] bytes = new byte[rnd.nextInt(12)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(128) : 0x80 + rnd.nextInt(128));
            }
            s.check("decode " + java.util.Arrays.toString(bytes), new String(bytes, StandardCharsets.UTF_8),
                    new String((char[]) LangStatics.call(decode, bytes, 0, bytes.length)));
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(10); k > 0; k--) {
                sb.append("ab,,".charAt(rnd.nextInt(4)));
            }
            String str = sb.toString();
            int limit = rnd.nextInt(5) - 1;
            s.check("split " + str + " " + limit, List.of(str.split(",", limit)),
                    List.of((String[]) LangStatics.call(split, str, ',', limit)));
        }
        assertNoMismatch(150_000);
    }

    @Test
    void doubleAndFloatToStringPrintLikeJdk17() {
        Method d = LangStatics.ours("jdk.internal.math.DoubleToString", "toString", double.class);
        Method f = LangStatics.ours("jdk.internal.math.DoubleToString", "toString", float.class);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.MIN_NORMAL, 1.0, -1.0, 0.1, 0.2, 0.3, 1e7, 1e-3, 9999999.0, 0.001, 0.0009999, 1e23,
            2e23, 8.41e21, 2.82879384806159E17, 1.0E-5, 123456789.0, 4.9e-324, 1.7976931348623157e308, 100.0, 1e16, 1e17};
        for (double v : special) {
            s.check("double " + v, Double.toString(v), LangStatics.call(d, v));
            s.check("float " + (float) v, Float.toString((float) v), LangStatics.call(f, (float) v));
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            s.check("2^" + e, Double.toString(p), LangStatics.call(d, p));
        }
        for (int e = -325; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            s.check("1e" + e, Double.toString(p), LangStatics.call(d, p));
        }
        Random rnd = new Random(31);
        for (int i = 0; i < 300_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            s.check("bits " + Double.doubleToRawLongBits(v), Double.toString(v), LangStatics.call(d, v));
            float fv = Float.intBitsToFloat(rnd.nextInt());
            s.check("float bits " + Float.floatToRawIntBits(fv), Float.toString(fv), LangStatics.call(f, fv));
            double n = rnd.nextInt(1_000_000) / Math.pow(10, rnd.nextInt(12)) * (rnd.nextBoolean() ? 1 : -1);
            s.check("decimal " + n, Double.toString(n), LangStatics.call(d, n));
            long big = rnd.nextLong() >>> rnd.nextInt(64);
            s.check("integer " + big, Double.toString((double) big), LangStatics.call(d, (double) big));
            s.check("float integer " + big, Float.toString((float) big), LangStatics.call(f, (float) big));
        }
        assertNoMismatch(1_500_000);
    }

    @Test
    void integerConversionsAndBitsAgree() {
        Method toStringRadix = LangStatics.ours("Long", "toString", long.class, int.class);
        Method intToString = LangStatics.ours("Integer", "toString", int.class);
        Method hex = LangStatics.ours("Integer", "toHexString", int.class);
        Method longOctal = LangStatics.ours("Long", "toOctalString", long.class);
        Method binary = LangStatics.ours("Integer", "toBinaryString", int.class);
        Method unsigned = LangStatics.ours("Long", "toUnsignedString", long.class, int.class);
        Method parseInt = LangStatics.ours("Integer", "parseInt", String.class, int.class);
        Method parseLong = LangStatics.ours("Long", "parseLong", String.class, int.class);
        Method parseUnsignedInt = LangStatics.ours("Integer", "parseUnsignedInt", String.class, int.class);
        Method parseUnsignedLong = LangStatics.ours("Long", "parseUnsignedLong", String.class, int.class);
        Method decode = LangStatics.ours("Integer", "decode", String.class);
        Method parseShort = LangStatics.ours("Short", "parseShort", String.class, int.class);
        Method parseByte = LangStatics.ours("Byte", "parseByte", String.class, int.class);
        Method shortDecode = LangStatics.ours("Short", "decode", String.class);
        Method byteDecode = LangStatics.ours("Byte", "decode", String.class);
        Method bitCount = LangStatics.ours("Long", "bitCount", long.class);
        Method reverse = LangStatics.ours("Integer", "reverse", int.class);
        Method reverseBytes = LangStatics.ours("Long", "reverseBytes", long.class);
        Method nlz = LangStatics.ours("Long", "numberOfLeadingZeros", long.class);
        Method ntz = LangStatics.ours("Integer", "numberOfTrailingZeros", int.class);
        Method highest = LangStatics.ours("Long", "highestOneBit", long.class);
        Method divideUnsigned = LangStatics.ours("Long", "divideUnsigned", long.class, long.class);
        Method remainderUnsigned = LangStatics.ours("Long", "remainderUnsigned", long.class, long.class);
        Method compareUnsigned = LangStatics.ours("Integer", "compareUnsigned", int.class, int.class);
        Random rnd = new Random(41);
        String digits = "0123456789abcdefxyzXYZ+-_ \u0663\uff21";
        for (int i = 0; i < 100_000; i++) {
            long l = rnd.nextInt(4) == 0 ? rnd.nextInt(2000) - 1000 : rnd.nextLong() >> rnd.nextInt(64);
            int n = (int) l;
            int radix = rnd.nextInt(42) - 2;
            s.check("Long.toString " + l + " " + radix, Long.toString(l, radix), LangStatics.call(toStringRadix, l, radix));
            s.check("Integer.toString " + n, Integer.toString(n), LangStatics.call(intToString, n));
            s.check("toHexString " + n, Integer.toHexString(n), LangStatics.call(hex, n));
            s.check("toOctalString " + l, Long.toOctalString(l), LangStatics.call(longOctal, l));
            s.check("toBinaryString " + n, Integer.toBinaryString(n), LangStatics.call(binary, n));
            s.check("toUnsignedString " + l, Long.toUnsignedString(l, radix), LangStatics.call(unsigned, l, radix));
            s.check("bitCount " + l, Long.bitCount(l), LangStatics.call(bitCount, l));
            s.check("reverse " + n, Integer.reverse(n), LangStatics.call(reverse, n));
            s.check("reverseBytes " + l, Long.reverseBytes(l), LangStatics.call(reverseBytes, l));
            s.check("nlz " + l, Long.numberOfLeadingZeros(l), LangStatics.call(nlz, l));
            s.check("ntz " + n, Integer.numberOfTrailingZeros(n), LangStatics.call(ntz, n));
            s.check("highestOneBit " + l, Long.highestOneBit(l), LangStatics.call(highest, l));
            long m = rnd.nextBoolean() ? rnd.nextLong() : rnd.nextInt(100) + 1;
            if (m != 0) {
                s.check("divideUnsigned " + l + " " + m, Long.divideUnsigned(l, m), LangStatics.call(divideUnsigned, l, m));
                s.check("remainderUnsigned " + l + " " + m, Long.remainderUnsigned(l, m),
                        LangStatics.call(remainderUnsigned, l, m));
            }
            s.check("compareUnsigned", Integer.signum(Integer.compareUnsigned(n, (int) m)),
                    Integer.signum((Integer) LangStatics.call(compareUnsigned, n, (int) m)));
            String text = rnd.nextInt(3) == 0 ? Long.toString(l, Math.max(2, Math.min(36, radix)))
                    : randomDigits(rnd, digits);
            if (rnd.nextInt(50) == 0) {
                text = null;
            }
            final String t = text;
            final int r = radix;
            s.check("parseInt " + t + " " + r, LangStatics.jdk(() -> Integer.parseInt(t, r)), LangStatics.call(parseInt, t, r));
            s.check("parseLong " + t + " " + r, LangStatics.jdk(() -> Long.parseLong(t, r)), LangStatics.call(parseLong, t, r));
            s.check("parseUnsignedInt " + t + " " + r, LangStatics.jdk(() -> Integer.parseUnsignedInt(t, r)),
                    LangStatics.call(parseUnsignedInt, t, r));
            s.check("parseUnsignedLong " + t + " " + r, LangStatics.jdk(() -> Long.parseUnsignedLong(t, r)),
                    LangStatics.call(parseUnsignedLong, t, r));
            s.check("parseShort " + t + " " + r, LangStatics.jdk(() -> Short.parseShort(t, r)), LangStatics.call(parseShort, t, r));
            s.check("parseByte " + t + " " + r, LangStatics.jdk(() -> Byte.parseByte(t, r)), LangStatics.call(parseByte, t, r));
            if (t != null) {
                String d = (rnd.nextBoolean() ? "-" : "") + (rnd.nextBoolean() ? "0x" : rnd.nextBoolean() ? "#" : "0") + t;
                Object ours = LangStatics.call(decode, d);
                s.check("decode " + d, LangStatics.jdk(() -> Integer.decode(d)),
                        ours instanceof Throwable ? ours : Integer.valueOf(((Number) ours).intValue()));
                s.check("Short.decode " + d, asInt(LangStatics.jdk(() -> Short.decode(d))),
                        asInt(LangStatics.call(shortDecode, d)));
                s.check("Byte.decode " + d, asInt(LangStatics.jdk(() -> Byte.decode(d))),
                        asInt(LangStatics.call(byteDecode, d)));
            }
        }
        assertNoMismatch(1_500_000);
    }

    /** A box (ours or the JDK's) as an Integer; anything else (a thrown exception) as it is. */
    private static Object asInt(Object value) {
        return value instanceof Number ? (Object) Integer.valueOf(((Number) value).intValue()) : value;
    }

    private static String randomDigits(Random rnd, String pool) {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(22); k > 0; k--) {
            sb.append(pool.charAt(rnd.nextInt(rnd.nextBoolean() ? 10 : pool.length())));
        }
        return sb.toString();
    }

    @Test
    void mathExactFunctionsAgree() {
        String[] unary = {"floor", "ceil", "rint", "abs", "signum", "ulp", "nextUp", "nextDown", "toRadians", "toDegrees"};
        Method[] ours = new Method[unary.length];
        for (int i = 0; i < unary.length; i++) {
            ours[i] = LangStatics.ours("Math", unary[i], double.class);
        }
        Method round = LangStatics.ours("Math", "round", double.class);
        Method roundF = LangStatics.ours("Math", "round", float.class);
        Method getExponent = LangStatics.ours("Math", "getExponent", double.class);
        Method max = LangStatics.ours("Math", "max", double.class, double.class);
        Method min = LangStatics.ours("Math", "min", float.class, float.class);
        Method multiplyHigh = LangStatics.ours("Math", "multiplyHigh", long.class, long.class);
        Method multiplyExact = LangStatics.ours("Math", "multiplyExact", long.class, long.class);
        Method addExact = LangStatics.ours("Math", "addExact", int.class, int.class);
        Method floorMod = LangStatics.ours("Math", "floorMod", long.class, long.class);
        Method floorDiv = LangStatics.ours("Math", "floorDiv", int.class, int.class);
        Random rnd = new Random(53);
        double[] edges = {0.0, -0.0, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 1.5, -1.5, 2.5, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
            4503599627370496.0, 4503599627370497.0, -4503599627370495.5, 9.223372036854776E18, -9.3e18};
        for (int i = 0; i < 200_000; i++) {
            double v = i < edges.length ? edges[i] : rnd.nextBoolean() ? Double.longBitsToDouble(rnd.nextLong())
                    : (rnd.nextInt(20001) - 10000) / 4.0 + (rnd.nextBoolean() ? 0 : Math.ulp(1.0) * rnd.nextInt(5));
            for (int k = 0; k < unary.length; k++) {
                final int kk = k;
                s.check(unary[k] + " " + v, LangStatics.jdk(() -> Math.class.getMethod(unary[kk], double.class).invoke(null, v)),
                        LangStatics.call(ours[k], v));
            }
            s.check("round " + v, Math.round(v), LangStatics.call(round, v));
            s.check("round float " + (float) v, Math.round((float) v), LangStatics.call(roundF, (float) v));
            s.check("getExponent " + v, Math.getExponent(v), LangStatics.call(getExponent, v));
            double w = rnd.nextInt(4) == 0 ? -v : edges[rnd.nextInt(edges.length)];
            s.check("max " + v + " " + w, Math.max(v, w), LangStatics.call(max, v, w));
            s.check("min " + v + " " + w, Math.min((float) v, (float) w), LangStatics.call(min, (float) v, (float) w));
            long a = rnd.nextLong() >> rnd.nextInt(64);
            long b = rnd.nextLong() >> rnd.nextInt(64);
            s.check("multiplyHigh", Math.multiplyHigh(a, b), LangStatics.call(multiplyHigh, a, b));
            s.check("multiplyExact", LangStatics.jdk(() -> Math.multiplyExact(a, b)), LangStatics.call(multiplyExact, a, b));
            s.check("addExact", LangStatics.jdk(() -> Math.addExact((int) a, (int) b)), LangStatics.call(addExact, (int) a, (int) b));
            s.check("floorMod", LangStatics.jdk(() -> Math.floorMod(a, b)), LangStatics.call(floorMod, a, b));
            s.check("floorDiv", LangStatics.jdk(() -> Math.floorDiv((int) a, (int) b)), LangStatics.call(floorDiv, (int) a, (int) b));
        }
        assertNoMismatch(3_000_000);
    }
}
