package conformance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Random;

/**
 * java.math: BigInteger arithmetic, bits, radixes, byte arrays, modPow and primes from a seeded
 * Random; BigDecimal parsing, arithmetic with contexts, every rounding mode, division's scales,
 * sqrt, pow, the three printed forms; Formatter with both; exception messages.
 */
public class BigNumbers {
    public static void main(String[] args) {
        integers();
        bits();
        primes();
        decimals();
        rounding();
        division();
        formatting();
        localizedFormatting();
        failures();
    }

    /** BigInteger and BigDecimal in a locale's digits and separators, exponents included. */
    private static void localizedFormatting() {
        BigDecimal[] decimals = {new BigDecimal("12345.678"), new BigDecimal("1234567.891"), new BigDecimal("0.000123")};
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        for (java.util.Locale locale : new java.util.Locale[] {new java.util.Locale("ar"), java.util.Locale.GERMANY,
                java.util.Locale.FRANCE, new java.util.Locale("fa")}) {
            System.out.println(String.format(locale, "%e|%,.3f|%g|%,d|%x|%E", decimals[0], decimals[1], decimals[2], big,
                    BigInteger.valueOf(255), decimals[1]));
        }
    }

    private static void integers() {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 120; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println("120! = " + f);
        System.out.println("120! bits " + f.bitLength() + " lowest " + f.getLowestSetBit() + " count " + f.bitCount()
                + " hash " + f.hashCode());
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < 500; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        System.out.println("fib(500) = " + a);
        BigInteger big = BigInteger.TWO.pow(3000).subtract(BigInteger.valueOf(12345));
        BigInteger divisor = BigInteger.TEN.pow(400).add(BigInteger.valueOf(7));
        BigInteger[] qr = big.divideAndRemainder(divisor);
        System.out.println("2^3000-12345 / (10^400+7): q digits " + qr[0].toString().length() + " r mod 1e9 "
                + qr[1].mod(BigInteger.valueOf(1_000_000_000)) + " check " + qr[0].multiply(divisor).add(qr[1]).equals(big));
        BigInteger sq = big.multiply(big);
        System.out.println("square bits " + sq.bitLength() + " sqrt equal " + sq.sqrt().equals(big) + " hash "
                + sq.hashCode());
        System.out.println("gcd " + f.gcd(a) + " " + BigInteger.valueOf(462).gcd(BigInteger.valueOf(-1071)));
        BigInteger m = new BigInteger("170141183460469231731687303715884105727");
        System.out.println("modPow " + BigInteger.valueOf(3).modPow(m.subtract(BigInteger.ONE), m) + " "
                + new BigInteger("123456789012345678901234567890").modPow(BigInteger.valueOf(65537), m) + " "
                + BigInteger.valueOf(-7).modPow(BigInteger.valueOf(-3), BigInteger.valueOf(1000)));
        System.out.println("modInverse " + BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)) + " "
                + new BigInteger("98765432109876543210").modInverse(m));
        BigInteger v = new BigInteger("-123456789abcdef0123456789", 16);
        System.out.println("radix " + v + " " + v.toString(2).length() + " " + v.toString(36) + " " + v.toString(7)
                + " " + v.toString(99));
        System.out.println("bytes " + Arrays.toString(v.toByteArray()) + " "
                + new BigInteger(new byte[] {-1, 0, 1, 2}) + " " + new BigInteger(1, new byte[] {-1, 0, 1, 2}));
        System.out.println("values " + v.intValue() + " " + v.longValue() + " " + v.doubleValue() + " "
                + v.floatValue() + " " + f.doubleValue() + " " + BigInteger.TWO.pow(1024).doubleValue());
        System.out.println("compare " + v.compareTo(a) + " " + a.max(v).equals(a) + " " + v.min(a).signum() + " "
                + v.abs().negate().equals(v));
    }

    private static void bits() {
        BigInteger x = new BigInteger("-98765432109876543210987654321");
        BigInteger y = new BigInteger("1234567890123456789012345");
        System.out.println("and " + x.and(y) + " or " + x.or(y) + " xor " + x.xor(y) + " andNot " + x.andNot(y)
                + " not " + x.not());
        System.out.println("shift " + x.shiftLeft(77) + " " + x.shiftRight(13) + " " + x.shiftRight(200) + " "
                + y.shiftLeft(-5));
        System.out.println("bit ops " + x.testBit(3) + " " + x.setBit(100) + " " + x.clearBit(0) + " " + x.flipBit(64)
                + " " + x.bitLength() + " " + x.bitCount() + " " + x.getLowestSetBit());
    }

    private static void primes() {
        Random rnd = new Random(42);
        System.out.println("probablePrime 64 " + BigInteger.probablePrime(64, rnd));
        System.out.println("probablePrime 130 " + BigInteger.probablePrime(130, rnd));
        System.out.println("prime 80 certainty 20 " + new BigInteger(80, 20, rnd));
        System.out.println("random 200 bits " + new BigInteger(200, rnd) + " next " + rnd.nextInt());
        System.out.println("nextProbablePrime " + BigInteger.TEN.pow(30).nextProbablePrime() + " "
                + BigInteger.valueOf(1_000_000).nextProbablePrime());
        System.out.println("isProbablePrime " + new BigInteger("170141183460469231731687303715884105727").isProbablePrime(50)
                + " " + new BigInteger("170141183460469231731687303715884105729").isProbablePrime(50) + " "
                + BigInteger.valueOf(561).isProbablePrime(20));
    }

    private static void decimals() {
        String[] texts = {"0", "-0.000", "123.4500", "1E+3", "-1.23E-10", "0.000001", "0.0000001", "12345678901234567890.123",
            "1e400", ".5", "+7.", "\u0661\u0662.5"};
        for (String t : texts) {
            BigDecimal d = new BigDecimal(t);
            System.out.println("decimal " + t + " -> " + d + " | " + d.toPlainString() + " | " + d.toEngineeringString()
                    + " | scale " + d.scale() + " precision " + d.precision() + " hash " + d.hashCode() + " strip "
                    + d.stripTrailingZeros() + " double " + d.doubleValue());
        }
        System.out.println("from double " + new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " "
                + new BigDecimal(1e-7, MathContext.DECIMAL32) + " " + BigDecimal.valueOf(123456789, 4));
        BigDecimal price = new BigDecimal("19.99");
        BigDecimal qty = new BigDecimal("3");
        BigDecimal rate = new BigDecimal("0.0825");
        BigDecimal subtotal = price.multiply(qty);
        BigDecimal tax = subtotal.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("invoice " + subtotal + " + " + tax + " = " + subtotal.add(tax));
        BigDecimal x = new BigDecimal("2");
        System.out.println("sqrt " + x.sqrt(new MathContext(50)) + " " + new BigDecimal("0.0004").sqrt(MathContext.DECIMAL64)
                + " " + new BigDecimal("1.44E+4").sqrt(MathContext.UNLIMITED));
        System.out.println("pow " + new BigDecimal("1.1").pow(20) + " " + new BigDecimal("1.0001").pow(10000, MathContext.DECIMAL64)
                + " " + new BigDecimal("2").pow(-3, MathContext.DECIMAL32));
        System.out.println("moves " + price.movePointLeft(4) + " " + price.movePointRight(5) + " " + price.scaleByPowerOfTen(7)
                + " " + price.ulp() + " " + price.negate().abs() + " " + price.plus(new MathContext(2)));
        System.out.println("compare " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " "
                + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").max(new BigDecimal("2.00"))
                + " " + new BigDecimal("-5.5").toBigInteger() + " " + new BigDecimal("1E+20").longValue() + " "
                + new BigDecimal("123.999").intValue());
    }

    private static void rounding() {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};
        for (RoundingMode mode : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(String.format("%-11s", mode));
            for (String v : values) {
                try {
                    sb.append(' ').append(new BigDecimal(v).setScale(0, mode));
                } catch (ArithmeticException e) {
                    sb.append(" !").append(e.getMessage());
                }
            }
            System.out.println(sb);
        }
        MathContext mc = new MathContext(4, RoundingMode.HALF_DOWN);
        System.out.println(mc + " " + MathContext.DECIMAL128 + " " + new MathContext("precision=9 roundingMode=CEILING")
                + " " + RoundingMode.valueOf(3) + " " + new BigDecimal("123.45678").round(mc) + " "
                + new BigDecimal("99999.5").round(mc) + " " + new BigDecimal("123.456").add(new BigDecimal("0.0004"), mc));
    }

    private static void division() {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal three = new BigDecimal("3");
        System.out.println("divide " + one.divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("0.1"))
                + " " + one.divide(three, 10, RoundingMode.HALF_UP) + " " + one.divide(three, MathContext.DECIMAL64) + " "
                + new BigDecimal("1.00").divide(new BigDecimal("4")) + " " + new BigDecimal("6.0").divide(three, RoundingMode.DOWN));
        BigDecimal a = new BigDecimal("1234.5678");
        BigDecimal b = new BigDecimal("0.37");
        System.out.println("integral " + a.divideToIntegralValue(b) + " rem " + a.remainder(b) + " both "
                + Arrays.toString(a.divideAndRemainder(b, new MathContext(5))) + " neg " + a.negate().remainder(b));
    }

    private static void formatting() {
        BigInteger i = new BigInteger("-123456789012345678901234567890");
        BigDecimal d = new BigDecimal("-12345.678901234567890");
        System.out.println(String.format("%d|%,d|%+40d|%(d|%x|%X|%#o|%020x", i, i, i.negate(), i, i, i, i, i.negate()));
        System.out.println(String.format("%f|%.2f|%,.3f|%e|%.10E|%g|%.3g|%(12.1f|%s", d, d, d, d, d, d, d, d, d));
        System.out.println(String.format("%.12e|%g|%.0g|%f", new BigDecimal("1234567890"), new BigDecimal("0.00009999"),
                new BigDecimal("0.0000967"), new BigDecimal("0E+8")));
    }

    private static void failures() {
        String[] bad = {"", "-", "1e", "1.2.3", "12a", "1e99999999999", "1E2147483648", "NaN"};
        for (String s : bad) {
            try {
                System.out.println("parsed " + new BigDecimal(s));
            } catch (NumberFormatException e) {
                System.out.println("BigDecimal(\"" + s + "\"): " + e.getMessage() + (e.getCause() != null ? " (caused)" : ""));
            }
        }
        Runnable[] cases = {
            () -> new BigInteger("12345678901x"),
            () -> BigInteger.ONE.divide(BigInteger.ZERO),
            () -> BigInteger.TWO.modInverse(BigInteger.valueOf(4)),
            () -> BigInteger.TWO.pow(-1),
            () -> BigInteger.TWO.shiftLeft(Integer.MAX_VALUE),
            () -> BigInteger.ONE.shiftLeft(64).longValueExact(),
            () -> BigDecimal.ONE.divide(new BigDecimal("3")),
            () -> new BigDecimal("1.5").setScale(0),
            () -> BigDecimal.ONE.divide(BigDecimal.ZERO),
            () -> BigDecimal.ZERO.divide(BigDecimal.ZERO),
            () -> new BigDecimal("2").sqrt(MathContext.UNLIMITED),
            () -> new BigDecimal("1e30").longValueExact(),
            () -> new BigDecimal("123456").divideToIntegralValue(BigDecimal.ONE, new MathContext(3)),
            () -> new MathContext(-1),
            () -> RoundingMode.valueOf(9),
        };
        for (Runnable r : cases) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
