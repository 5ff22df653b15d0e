package conformance;

/** float arithmetic: NaN and ±0.0 in every comparison, infinities, remainders, rounding, Float text. */
public class FloatArithmetic {
    static final float[] VALUES = {0.0f, -0.0f, 1.0f, -1.5f, 0.1f, 3.4028235e38f, 1.4e-45f, 1.17549435e-38f,
        Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777216f, 123456.79f, -7.25f};

    public static void main(String[] args) {
        for (float a : VALUES) {
            System.out.println(a + ": neg " + (-a) + " bits " + Integer.toHexString(Float.floatToRawIntBits(a))
                    + " nan " + Float.isNaN(a) + " inf " + Float.isInfinite(a));
        }
        for (float a : new float[] {1.0f, -0.0f, 0.0f, Float.NaN, 7.5f, Float.POSITIVE_INFINITY}) {
            for (float b : new float[] {0.0f, -0.0f, 2.0f, Float.NaN, -3.0f, Float.NEGATIVE_INFINITY}) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " "
                        + (a % b) + " " + compare(a, b) + " " + Float.compare(a, b) + " " + Math.min(a, b) + " "
                        + Math.max(a, b));
            }
        }
        float x = 0.1f;
        float sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += x;
        }
        System.out.println("sum " + sum + " " + (sum == 1.0f) + " " + (float) (0.1 + 0.2));
        System.out.println("equals " + Float.valueOf(Float.NaN).equals(Float.NaN) + " " + Float.valueOf(0.0f).equals(-0.0f)
                + " " + (0.0f == -0.0f) + " " + (Float.NaN != Float.NaN));
        System.out.println("math " + Math.abs(-0.0f) + " " + Math.abs(-2.5f) + " " + Math.signum(-3f) + " " + Math.copySign(1f, -0.0f)
                + " " + Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(Float.NaN) + " " + Math.ulp(1.0f));
        System.out.println("text " + 1.0E7f + " " + 9999999f + " " + 1.0E-3f + " " + 0.001f + " " + 1e-4f + " " + 3.0e10f
                + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + 100f / 3);
        System.out.println("hash " + Float.hashCode(1.5f) + " " + Float.hashCode(Float.NaN) + " "
                + Float.intBitsToFloat(0x7f800001) + " " + Float.floatToIntBits(Float.intBitsToFloat(0x7fc00001)));
    }

    static String compare(float a, float b) {
        return (a < b ? "lt" : "") + (a <= b ? "le" : "") + (a > b ? "gt" : "") + (a >= b ? "ge" : "")
                + (a == b ? "eq" : "") + (a != b ? "ne" : "");
    }
}
