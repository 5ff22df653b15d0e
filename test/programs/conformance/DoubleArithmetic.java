package conformance;

/** double arithmetic: NaN and ±0.0 in every comparison, infinities, remainders, Math, Double text. */
public class DoubleArithmetic {
    static final double[] VALUES = {0.0, -0.0, 1.0, -1.5, 0.1, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740992.0, 1e21, 1e-7, 123.456};

    public static void main(String[] args) {
        for (double a : VALUES) {
            System.out.println(a + ": neg " + (-a) + " bits " + Long.toHexString(Double.doubleToRawLongBits(a))
                    + " nan " + Double.isNaN(a) + " inf " + Double.isInfinite(a) + " finite " + Double.isFinite(a));
        }
        for (double a : new double[] {1.0, -0.0, 0.0, Double.NaN, 7.5, Double.NEGATIVE_INFINITY}) {
            for (double b : new double[] {0.0, -0.0, 2.0, Double.NaN, -3.0, Double.POSITIVE_INFINITY}) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " "
                        + (a % b) + " " + compare(a, b) + " " + Double.compare(a, b) + " " + Math.min(a, b) + " "
                        + Math.max(a, b));
            }
        }
        System.out.println("rem " + (5.5 % 2) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " " + (1e300 % 3) + " " + (0.3 % 0.1));
        System.out.println("sum " + (0.1 + 0.2) + " " + (1.0 / 3) + " " + (2.0 / 3) + " " + (100.0 / 7) + " " + (1e16 + 1));
        System.out.println("equals " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0)
                + " " + (0.0 == -0.0) + " " + (1 / 0.0) + " " + (1 / -0.0));
        System.out.println("math " + Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.abs(-0.0) + " "
                + Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " "
                + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(1e20) + " " + Math.signum(-0.0) + " "
                + Math.copySign(3.0, -0.0) + " " + Math.ulp(1.0));
        System.out.println("text " + 1.0E7 + " " + 9999999.0 + " " + 0.001 + " " + 1.0E-4 + " " + 123456789012.0 + " "
                + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + 2e-323 + " " + 1.0E22 + " " + 5e-324 / 2);
        System.out.println("hash " + Double.hashCode(1.5) + " " + Double.hashCode(-0.0)
                + " " + Double.longBitsToDouble(0x7ff0000000000001L) + " " + Double.doubleToLongBits(-Double.NaN));
        double x = 1;
        for (int i = 0; i < 60; i++) {
            x = x * 1.5 + 0.25;
        }
        System.out.println("loop " + x);
        System.out.println("float " + (float) 1.1 + " " + (double) 1.1f + " " + (float) 1e40 + " " + (float) 1e-50 + " "
                + (float) -1e-50);
    }

    static String compare(double a, double b) {
        return (a < b ? "lt" : "") + (a <= b ? "le" : "") + (a > b ? "gt" : "") + (a >= b ? "ge" : "")
                + (a == b ? "eq" : "") + (a != b ? "ne" : "");
    }
}
