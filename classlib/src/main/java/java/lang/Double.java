package java.lang;

import jdk.internal.math.DoubleToString;
import jdk.internal.math.FloatingParser;
import jdk.internal.math.HexFloat;

/**
 * The double box, and the bit-level operations on doubles. toString prints as JDK 17 does
 * (DoubleToString); parsing is correctly rounded with JDK 17's syntax and messages
 * (FloatingParser); toHexString prints as the JDK (HexFloat).
 */
public final class Double extends Number implements Comparable<Double> {
    private static final long serialVersionUID = -9172774392245257468L;
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Primitives.classOf("double");

    private final double value;

    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    /** The value of a decimal or hexadecimal string, correctly rounded (see FloatingParser). */
    public static double parseDouble(String s) throws NumberFormatException {
        return FloatingParser.parseDouble(s);
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(FloatingParser.parseDouble(s));
    }

    public static String toHexString(double d) {
        return HexFloat.toHexString(d);
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** The bits of {@code value}, with every NaN collapsed to 0x7ff8000000000000. */
    public static long doubleToLongBits(double value) {
        return value != value ? 0x7ff8000000000000L : doubleToRawLongBits(value);
    }

    /** The IEEE 754 bits of {@code value} (VM intrinsic). */
    public static native long doubleToRawLongBits(double value);

    /** The double with these IEEE 754 bits (VM intrinsic). */
    public static native double longBitsToDouble(long bits);

    /** Total order: -0.0 before 0.0, NaN after everything, all NaNs equal. */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long bits1 = doubleToLongBits(d1);
        long bits2 = doubleToLongBits(d2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    public static String toString(double v) {
        return DoubleToString.toString(v);
    }

    @Override
    public String toString() {
        return DoubleToString.toString(value);
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    @Override
    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }
}
