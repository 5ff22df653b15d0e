package ingot.classlib.mathcalls;

/**
 * Applies a function by name to every element of argument arrays, storing the raw bits of each
 * result (NaN payloads included). Unknown names throw IllegalArgumentException.
 */
public final class MathCalls {
    public static final String[] UNARY = {
        "sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1", "log", "log10", "log1p", "sqrt", "cbrt",
        "sinh", "cosh", "tanh",
    };
    public static final String[] BINARY = {"atan2", "pow", "hypot", "IEEEremainder", "copySign", "nextAfter"};

    private MathCalls() {
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /** StrictMath's unary function {@code name} of each x. */
    public static void strictUnary(String name, double[] x, long[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = bits(strict(name, x[i]));
        }
    }

    /** Math's unary function {@code name} of each x. */
    public static void mathUnary(String name, double[] x, long[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = bits(math(name, x[i]));
        }
    }

    /** One call; the switch is cheap beside the functions, and both sides pay it. */
    public static double strict(String name, double x) {
        switch (name) {
            case "sin": return StrictMath.sin(x);
            case "cos": return StrictMath.cos(x);
            case "tan": return StrictMath.tan(x);
            case "asin": return StrictMath.asin(x);
            case "acos": return StrictMath.acos(x);
            case "atan": return StrictMath.atan(x);
            case "exp": return StrictMath.exp(x);
            case "expm1": return StrictMath.expm1(x);
            case "log": return StrictMath.log(x);
            case "log10": return StrictMath.log10(x);
            case "log1p": return StrictMath.log1p(x);
            case "sqrt": return StrictMath.sqrt(x);
            case "cbrt": return StrictMath.cbrt(x);
            case "sinh": return StrictMath.sinh(x);
            case "cosh": return StrictMath.cosh(x);
            case "tanh": return StrictMath.tanh(x);
            default: throw new IllegalArgumentException(name);
        }
    }

    private static double math(String name, double x) {
        switch (name) {
            case "sin": return Math.sin(x);
            case "cos": return Math.cos(x);
            case "tan": return Math.tan(x);
            case "asin": return Math.asin(x);
            case "acos": return Math.acos(x);
            case "atan": return Math.atan(x);
            case "exp": return Math.exp(x);
            case "expm1": return Math.expm1(x);
            case "log": return Math.log(x);
            case "log10": return Math.log10(x);
            case "log1p": return Math.log1p(x);
            case "sqrt": return Math.sqrt(x);
            case "cbrt": return Math.cbrt(x);
            case "sinh": return Math.sinh(x);
            case "cosh": return Math.cosh(x);
            case "tanh": return Math.tanh(x);
            default: throw new IllegalArgumentException(name);
        }
    }

    /** StrictMath's binary function {@code name} of each (x, y). */
    public static void strictBinary(String name, double[] x, double[] y, long[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = bits(strict(name, x[i], y[i]));
        }
    }

    /** Math's binary function {@code name} of each (x, y). */
    public static void mathBinary(String name, double[] x, double[] y, long[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = bits(math(name, x[i], y[i]));
        }
    }

    public static double strict(String name, double x, double y) {
        switch (name) {
            case "atan2": return StrictMath.atan2(x, y);
            case "pow": return StrictMath.pow(x, y);
            case "hypot": return StrictMath.hypot(x, y);
            case "IEEEremainder": return StrictMath.IEEEremainder(x, y);
            case "copySign": return StrictMath.copySign(x, y);
            case "nextAfter": return StrictMath.nextAfter(x, y);
            default: throw new IllegalArgumentException(name);
        }
    }

    private static double math(String name, double x, double y) {
        switch (name) {
            case "atan2": return Math.atan2(x, y);
            case "pow": return Math.pow(x, y);
            case "hypot": return Math.hypot(x, y);
            case "IEEEremainder": return Math.IEEEremainder(x, y);
            case "copySign": return Math.copySign(x, y);
            case "nextAfter": return Math.nextAfter(x, y);
            default: throw new IllegalArgumentException(name);
        }
    }

    /** Math.scalb of each (x, n[i]), double and float. */
    public static void scalb(double[] x, int[] n, long[] out, long[] floatOut) {
        for (int i = 0; i < x.length; i++) {
            out[i] = bits(Math.scalb(x[i], n[i]));
            floatOut[i] = Float.floatToRawIntBits(Math.scalb((float) x[i], n[i]));
        }
    }

    /** Math.fma of each (a, b, c), double and float (the floats are the arguments rounded). */
    public static void fma(double[] a, double[] b, double[] c, long[] out, long[] floatOut) {
        for (int i = 0; i < a.length; i++) {
            out[i] = bits(Math.fma(a[i], b[i], c[i]));
            floatOut[i] = Float.floatToRawIntBits(Math.fma((float) a[i], (float) b[i], (float) c[i]));
        }
    }
}
