package java.lang;

/**
 * The numeric functions with bit-exact results on every platform. So far only sqrt, which IEEE 754
 * rounds correctly; the fdlibm-equivalent functions come with the number work of the issue.
 */
public final class StrictMath {
    private StrictMath() {
    }

    /** The correctly rounded square root (VM intrinsic: one sqrtsd). */
    public static native double sqrt(double a);
}
