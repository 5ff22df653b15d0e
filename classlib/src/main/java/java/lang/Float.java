package java.lang;

import jdk.internal.math.DoubleToString;
import jdk.internal.math.FloatingParser;
import jdk.internal.math.HexFloat;

/**
 * The float box, and the bit-level operations on floats. toString prints as JDK 17 does
 * (DoubleToString); parsing is correctly rounded with JDK 17's syntax and messages
 * (FloatingParser); toHexString prints as the JDK (HexFloat).
 */
public final class Float extends Number implements Comparable<Float> {
    private static final long serialVersionUID = -2671257302660747028L;
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Primitives.classOf("float");

    private final float value;

    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Float(double value) {
        this.value = (float) value;
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    /** The value of a decimal or hexadecimal string, correctly rounded (see FloatingParser). */
    public static float parseFloat(String s) throws NumberFormatException {
        return FloatingParser.parseFloat(s);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(FloatingParser.parseFloat(s));
    }

    public static String toHexString(float f) {
        return HexFloat.toHexString(f);
    }

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** The bits of {@code value}, with every NaN collapsed to 0x7fc00000. */
    public static int floatToIntBits(float value) {
        return value != value ? 0x7fc00000 : floatToRawIntBits(value);
    }

    /** The IEEE 754 bits of {@code value} (VM intrinsic). */
    public static native int floatToRawIntBits(float value);

    /** The float with these IEEE 754 bits (VM intrinsic). */
    public static native float intBitsToFloat(int bits);

    /** Total order: -0.0f before 0.0f, NaN after everything, all NaNs equal. */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int bits1 = floatToIntBits(f1);
        int bits2 = floatToIntBits(f2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
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
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    public static String toString(float v) {
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
        return obj instanceof Float && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    @Override
    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }
}
