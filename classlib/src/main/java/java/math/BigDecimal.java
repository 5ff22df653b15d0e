package java.math;

/**
 * Immutable decimal numbers unscaledValue × 10^-scale, as JDK 17's: the same results, preferred
 * scales, printed forms, hash codes, exceptions and messages. The unscaled value is a long
 * ({@code compact}) when it fits, with {@code big} null; otherwise {@code big} holds it and compact
 * is {@link #INFLATED}. The precision (digit count) is computed on first use. Parsing, printing,
 * rounding, division and powers live in the package's Decimal* helpers.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private static final long serialVersionUID = 6108874887143696463L;

    @Deprecated(since = "9")
    public static final int ROUND_UP = 0;
    @Deprecated(since = "9")
    public static final int ROUND_DOWN = 1;
    @Deprecated(since = "9")
    public static final int ROUND_CEILING = 2;
    @Deprecated(since = "9")
    public static final int ROUND_FLOOR = 3;
    @Deprecated(since = "9")
    public static final int ROUND_HALF_UP = 4;
    @Deprecated(since = "9")
    public static final int ROUND_HALF_DOWN = 5;
    @Deprecated(since = "9")
    public static final int ROUND_HALF_EVEN = 6;
    @Deprecated(since = "9")
    public static final int ROUND_UNNECESSARY = 7;

    /** compact's value when the unscaled value is in big. */
    static final long INFLATED = Long.MIN_VALUE;

    public static final BigDecimal ZERO = new BigDecimal(null, 0, 0, 1);
    public static final BigDecimal ONE = new BigDecimal(null, 1, 0, 1);
    public static final BigDecimal TEN = new BigDecimal(null, 10, 0, 2);

    final BigInteger big;
    final long compact;
    final int scale;
    /** The digit count of the unscaled value, 0 until computed. */
    private transient int precision;
    /** toString's result, once computed. */
    private transient String text;

    BigDecimal(BigInteger big, long compact, int scale, int precision) {
        this.big = big;
        this.compact = compact;
        this.scale = scale;
        this.precision = precision;
    }

    /** unscaled × 10^-scale, kept as a long when it fits. */
    static BigDecimal of(long unscaled, int scale) {
        if (unscaled == INFLATED) {
            return new BigDecimal(BigInteger.valueOf(unscaled), INFLATED, scale, 19);
        }
        return new BigDecimal(null, unscaled, scale, 0);
    }

    static BigDecimal of(BigInteger unscaled, int scale) {
        if (unscaled.mag.length <= 2 && unscaled.bitLength() < 64 && !(unscaled.signum < 0 && unscaled.bitLength() == 63
                && unscaled.getLowestSetBit() == 63)) {
            return new BigDecimal(null, unscaled.longValue(), scale, 0);
        }
        return new BigDecimal(unscaled, INFLATED, scale, 0);
    }

    // ---- construction ----

    public BigDecimal(char[] in, int offset, int len) {
        this(in, offset, len, MathContext.UNLIMITED);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(DecimalParser.parse(in, offset, len, mc));
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(double val) {
        this(DecimalConversions.exactDouble(val));
    }

    public BigDecimal(double val, MathContext mc) {
        this(DecimalConversions.exactDouble(val).plus(mc));
    }

    public BigDecimal(BigInteger val) {
        this(of(val, 0));
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(of(val, 0).plus(mc));
    }

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this(of(unscaledVal, scale));
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(of(unscaledVal, scale).plus(mc));
    }

    public BigDecimal(int val) {
        this(of(val, 0));
    }

    public BigDecimal(int val, MathContext mc) {
        this(of(val, 0).plus(mc));
    }

    public BigDecimal(long val) {
        this(of(val, 0));
    }

    public BigDecimal(long val, MathContext mc) {
        this(of(val, 0).plus(mc));
    }

    private BigDecimal(BigDecimal v) {
        this.big = v.big;
        this.compact = v.compact;
        this.scale = v.scale;
        this.precision = v.precision;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return of(unscaledVal, scale);
    }

    public static BigDecimal valueOf(long val) {
        return of(val, 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ---- the parts ----

    public BigInteger unscaledValue() {
        return big != null ? big : BigInteger.valueOf(compact);
    }

    public int scale() {
        return scale;
    }

    public int signum() {
        return big != null ? big.signum : Long.signum(compact);
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = big != null ? TenPowers.digits(big) : TenPowers.digits(compact);
            precision = p;
        }
        return p;
    }

    public BigDecimal ulp() {
        return of(1, scale);
    }

    /** A zero with this scale. */
    static BigDecimal zero(int scale) {
        return new BigDecimal(null, 0, scale, 1);
    }

    /**
     * The scale for a computed long value: the value itself when it fits an int; otherwise the
     * nearest int for a zero, and for another value an ArithmeticException ("Underflow" above
     * Integer.MAX_VALUE, "Overflow" below Integer.MIN_VALUE).
     */
    static int checkScale(long value, boolean zero) {
        int s = (int) value;
        if (s != value) {
            s = value > Integer.MAX_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            if (!zero) {
                throw new ArithmeticException(s > 0 ? "Underflow" : "Overflow");
            }
        }
        return s;
    }

    int checkScale(long value) {
        return checkScale(value, signum() == 0);
    }

    /** Like checkScale for a value known not to be zero, with the JDK's message from the truncated int. */
    static int checkScaleNonZero(long value) {
        int s = (int) value;
        if (s != value) {
            throw new ArithmeticException(s > 0 ? "Underflow" : "Overflow");
        }
        return s;
    }

    /** An int between Integer.MIN_VALUE and MAX_VALUE nearest to value. */
    static int saturate(long value) {
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE
                : value < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) value;
    }

    // ---- addition and multiplication ----

    public BigDecimal add(BigDecimal augend) {
        return DecimalArithmetic.add(this, augend);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return DecimalArithmetic.add(this, augend, mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return DecimalArithmetic.subtract(this, subtrahend);
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return DecimalArithmetic.add(this, subtrahend.negate(), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return DecimalArithmetic.multiply(this, multiplicand);
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        BigDecimal product = DecimalArithmetic.multiply(this, multiplicand);
        return mc.precision == 0 ? product : DecimalArithmetic.round(product, mc);
    }

    // ---- division ----

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return DecimalDivision.divide(this, divisor, scale, legacyMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        return DecimalDivision.divide(this, divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return DecimalDivision.divide(this, divisor, scale, roundingMode);
    }

    public BigDecimal divide(BigDecimal divisor) {
        return DecimalDivision.divideExact(this, divisor);
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        return DecimalDivision.divide(this, divisor, mc);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        return DecimalDivision.integralQuotient(this, divisor);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        return DecimalDivision.integralQuotient(this, divisor, mc);
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return divideAndRemainder(divisor, mc)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) {
            return divideAndRemainder(divisor);
        }
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    private static RoundingMode legacyMode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY) {
            throw new IllegalArgumentException("Invalid rounding mode");
        }
        return RoundingMode.valueOf(roundingMode);
    }

    // ---- powers and roots ----

    public BigDecimal sqrt(MathContext mc) {
        return DecimalRoots.sqrt(this, mc);
    }

    public BigDecimal pow(int n) {
        return DecimalPowers.pow(this, n);
    }

    public BigDecimal pow(int n, MathContext mc) {
        return DecimalPowers.pow(this, n, mc);
    }

    // ---- sign, rounding, scale ----

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return signum() < 0 ? negate(mc) : plus(mc);
    }

    public BigDecimal negate() {
        if (big == null) {
            return new BigDecimal(null, -compact, scale, precision);
        }
        return of(big.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().plus(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return mc.precision == 0 ? this : DecimalArithmetic.round(this, mc);
    }

    public BigDecimal round(MathContext mc) {
        return plus(mc);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        return DecimalArithmetic.setScale(this, newScale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, legacyMode(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal moved = new BigDecimal(big, compact, checkScale((long) scale + n), precision);
        return moved.scale < 0 ? moved.setScale(0, RoundingMode.UNNECESSARY) : moved;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal moved = new BigDecimal(big, compact, checkScale((long) scale - n), precision);
        return moved.scale < 0 ? moved.setScale(0, RoundingMode.UNNECESSARY) : moved;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(big, compact, checkScale((long) scale - n), precision);
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) {
            return ZERO;
        }
        return DecimalArithmetic.stripZeros(this, Long.MIN_VALUE);
    }

    // ---- comparison ----

    @Override
    public int compareTo(BigDecimal val) {
        return DecimalArithmetic.compare(this, val);
    }

    @Override
    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) {
            return false;
        }
        BigDecimal d = (BigDecimal) x;
        if (x == this) {
            return true;
        }
        if (scale != d.scale) {
            return false;
        }
        if (big == null && d.big == null) {
            return compact == d.compact;
        }
        return big != null && d.big != null && big.equals(d.big);
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    @Override
    public int hashCode() {
        return 31 * unscaledValue().hashCode() + scale;
    }

    // ---- text ----

    @Override
    public String toString() {
        String s = text;
        if (s == null) {
            s = DecimalText.scientific(this);
            text = s;
        }
        return s;
    }

    public String toEngineeringString() {
        return DecimalText.engineering(this);
    }

    public String toPlainString() {
        return DecimalText.plain(this);
    }

    // ---- conversions ----

    public BigInteger toBigInteger() {
        return DecimalConversions.integerPart(this);
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).unscaledValue();
    }

    @Override
    public long longValue() {
        return DecimalConversions.longValue(this);
    }

    public long longValueExact() {
        return DecimalConversions.longValueExact(this);
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    @Override
    public float floatValue() {
        return DecimalConversions.floatValue(this);
    }

    @Override
    public double doubleValue() {
        return DecimalConversions.doubleValue(this);
    }
}
