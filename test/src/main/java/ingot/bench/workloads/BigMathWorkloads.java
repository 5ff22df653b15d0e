package ingot.bench.workloads;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * java.math workloads. Values are made from text by {@link #integers} and {@link #decimals} (so
 * each side gets its own BigInteger and BigDecimal objects) and passed as Object[]; each timed
 * method returns a checksum so that nothing can be optimised away.
 */
public final class BigMathWorkloads {
    private BigMathWorkloads() {
    }

    public static Object[] integers(String[] texts) {
        Object[] values = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            values[i] = new BigInteger(texts[i]);
        }
        return values;
    }

    public static Object[] decimals(String[] texts) {
        Object[] values = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            values[i] = new BigDecimal(texts[i]);
        }
        return values;
    }

    /** a[i]·b[i] over the arrays, repeated. */
    public static long multiply(Object[] a, Object[] b, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < a.length; i++) {
                n += ((BigInteger) a[i]).multiply((BigInteger) b[i]).bitLength();
            }
        }
        return n;
    }

    /** a[i] / b[i] and a[i] mod b[i] (divideAndRemainder). */
    public static long divide(Object[] a, Object[] b, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < a.length; i++) {
                BigInteger[] qr = ((BigInteger) a[i]).divideAndRemainder((BigInteger) b[i]);
                n += qr[0].bitLength() + qr[1].bitLength();
            }
        }
        return n;
    }

    public static long integerToString(Object[] a, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            for (Object v : a) {
                n += v.toString().length();
            }
        }
        return n;
    }

    /** base[i]^exponent[i] mod modulus[i]. */
    public static long modPow(Object[] base, Object[] exponent, Object[] modulus) {
        long n = 0;
        for (int i = 0; i < base.length; i++) {
            n += ((BigInteger) base[i]).modPow((BigInteger) exponent[i], (BigInteger) modulus[i]).bitLength();
        }
        return n;
    }

    /** Sums and products of amounts, as money code does. */
    public static long decimalAddMultiply(Object[] a, Object[] b, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < a.length; i++) {
                BigDecimal x = (BigDecimal) a[i];
                BigDecimal y = (BigDecimal) b[i];
                sum = sum.add(x.multiply(y)).subtract(y);
            }
            n += sum.signum() + sum.scale();
        }
        return n;
    }

    /** Quotients at a scale with HALF_UP and to DECIMAL64. */
    public static long decimalDivide(Object[] a, Object[] b, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < a.length; i++) {
                BigDecimal x = (BigDecimal) a[i];
                BigDecimal y = (BigDecimal) b[i];
                n += x.divide(y, 4, RoundingMode.HALF_UP).scale() + x.divide(y, MathContext.DECIMAL64).precision();
            }
        }
        return n;
    }

    public static long decimalToString(Object[] a, int repeats) {
        long n = 0;
        for (int r = 0; r < repeats; r++) {
            for (Object v : a) {
                n += v.toString().length() + ((BigDecimal) v).toPlainString().length();
            }
        }
        return n;
    }
}
