package java.math;

import java.util.Objects;
import java.util.Random;

/**
 * Immutable integers of any size (up to 2^31 - 1 bits), as JDK 17's: the same results, printed
 * forms, hash codes, exceptions and messages, and the same use of a caller's Random. Sign and
 * magnitude: {@code signum} is -1, 0 or 1 and {@code mag} the exact magnitude (32-bit words, least
 * significant first, no zero top word; empty for zero). The arithmetic lives in the package's
 * helpers (Magnitude, Multiplication, Division, ModPow, RadixConversion, TwosComplement, ...).
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long serialVersionUID = -8287574255936472291L;

    final int signum;
    final int[] mag;

    private static final BigInteger[] SMALL = new BigInteger[33];

    static {
        for (int i = -16; i <= 16; i++) {
            SMALL[i + 16] = new BigInteger(Integer.signum(i), Magnitude.ofLong(Math.abs(i)));
        }
    }

    public static final BigInteger ZERO = SMALL[16];
    public static final BigInteger ONE = SMALL[17];
    public static final BigInteger TWO = SMALL[18];
    public static final BigInteger TEN = SMALL[26];
    public static final BigInteger NEGATIVE_ONE = SMALL[15];

    /** A value from an exact magnitude (signum ignored when mag is empty). */
    BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    /** The value of an exact magnitude with a sign, checked against the supported range. */
    static BigInteger of(int signum, int[] mag) {
        if (mag.length >= Magnitude.MAX_WORDS && (mag.length > Magnitude.MAX_WORDS || mag[mag.length - 1] < 0)) {
            reportOverflow();
        }
        return new BigInteger(signum, mag);
    }

    static void reportOverflow() {
        throw new ArithmeticException("BigInteger would overflow supported range");
    }

    // ---- construction ----

    public BigInteger(byte[] val, int off, int len) {
        this(twosComplementBytes(val, off, len));
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    private BigInteger(BigInteger v) {
        this.signum = v.signum;
        this.mag = v.mag;
    }

    private static BigInteger twosComplementBytes(byte[] val, int off, int len) {
        if (val.length == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        Objects.checkFromIndexSize(off, len, val.length);
        boolean negative = val[off] < 0; // read even when len is 0, as the JDK does
        if (len == 0) {
            // JDK 17 then negates the byte before off: -((~val[off - 1] & 0xff) + 1)
            return negative ? valueOf(-((~val[off - 1] & 0xff) + 1)) : ZERO;
        }
        int[] words = ByteConversion.toWords(val, off, len, negative);
        return TwosComplement.fromWords(words);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        this(signMagnitude(signum, magnitude, off, len));
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signMagnitude(signum, magnitude, 0, magnitude.length));
    }

    private static BigInteger signMagnitude(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        Objects.checkFromIndexSize(off, len, magnitude.length);
        int[] words = ByteConversion.toWords(magnitude, off, len, false);
        int[] mag = Magnitude.trim(words, words.length);
        if (mag.length == 0) {
            return ZERO;
        }
        if (signum == 0) {
            throw new NumberFormatException("signum-magnitude mismatch");
        }
        return of(signum, mag);
    }

    public BigInteger(String val, int radix) {
        this(parse(val, radix));
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    private static BigInteger parse(String val, int radix) {
        int length = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int[] mag = RadixConversion.parse(val, radix);
        return length > 0 && val.charAt(0) == '-' ? of(-1, mag) : of(1, mag);
    }

    /** A random value uniformly in [0, 2^numBits): rnd.nextBytes of (numBits + 7)/8 bytes, big-endian. */
    public BigInteger(int numBits, Random rnd) {
        this(randomBits(numBits, rnd));
    }

    private static BigInteger randomBits(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] bytes = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(bytes);
            int excess = 8 * numBytes - numBits;
            bytes[0] &= (byte) ((1 << (8 - excess)) - 1);
        }
        int[] words = ByteConversion.toWords(bytes, 0, numBytes, false);
        return new BigInteger(1, Magnitude.trim(words, words.length));
    }

    /** A probable prime of bitLength bits, found as JDK 17 finds it from rnd. */
    public BigInteger(int bitLength, int certainty, Random rnd) {
        this(checkedPrime(bitLength, certainty, rnd));
    }

    private static BigInteger checkedPrime(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        return PrimeSearch.randomPrime(bitLength, certainty, rnd);
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return new BigInteger(bitLength, PrimeSearch.DEFAULT_CERTAINTY, rnd);
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        return PrimeSearch.nextProbablePrime(this);
    }

    public static BigInteger valueOf(long val) {
        if (val >= -16 && val <= 16) {
            return SMALL[(int) val + 16];
        }
        return val < 0 ? new BigInteger(-1, Magnitude.ofLong(-val)) : new BigInteger(1, Magnitude.ofLong(val));
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (val.signum == signum) {
            return of(signum, Magnitude.add(mag, val.mag));
        }
        int c = Magnitude.compare(mag, val.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? new BigInteger(signum, Magnitude.subtract(mag, val.mag))
                : new BigInteger(val.signum, Magnitude.subtract(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        int[] product = val == this ? Multiplication.square(mag) : Multiplication.multiply(mag, val.mag);
        return of(signum * val.signum, product);
    }

    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        return new BigInteger(signum * val.signum, Division.quotient(mag, val.mag));
    }

    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        return new BigInteger(signum, Division.remainder(mag, val.mag));
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        int[][] qr = Division.divide(mag, val.mag);
        return new BigInteger[] {new BigInteger(signum * val.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
    }

    public BigInteger mod(BigInteger m) {
        checkModulus(m);
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    private static void checkModulus(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        checkModulus(m);
        if (exponent.signum == 0 || equals(ONE)) {
            return m.equals(ONE) ? ZERO : ONE;
        }
        if (signum == 0 && exponent.signum > 0) {
            return ZERO;
        }
        BigInteger base = exponent.signum < 0 ? modInverse(m) : this;
        if (m.equals(ONE)) {
            return ZERO;
        }
        base = base.signum < 0 || base.compareTo(m) >= 0 ? base.mod(m) : base;
        if (base.signum == 0) {
            return ZERO;
        }
        return new BigInteger(1, ModPow.modPow(base.mag, exponent.mag, m.mag));
    }

    public BigInteger modInverse(BigInteger m) {
        checkModulus(m);
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger a = mod(m);
        if (a.equals(ONE)) {
            return ONE;
        }
        // extended Euclid: keep x with x·a = r (mod m)
        BigInteger r0 = m;
        BigInteger r1 = a;
        BigInteger x0 = ZERO;
        BigInteger x1 = ONE;
        while (r1.signum != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger x2 = x0.subtract(qr[0].multiply(x1));
            r0 = r1;
            r1 = qr[1];
            x0 = x1;
            x1 = x2;
        }
        if (!r0.equals(ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        if (signum == 0) {
            return exponent == 0 ? ONE : this;
        }
        int twos = getLowestSetBit();
        if ((long) twos * exponent > Integer.MAX_VALUE) {
            reportOverflow();
        }
        int[] odd = Magnitude.shiftRight(mag, twos);
        int sign = signum < 0 && (exponent & 1) == 1 ? -1 : 1;
        if (Magnitude.isOne(odd)) {
            return valueOf(sign).shiftLeft(twos * exponent);
        }
        if ((long) bitLength() * exponent / 32 > Magnitude.MAX_WORDS) {
            reportOverflow();
        }
        int[] result = new int[] {1};
        int[] square = odd;
        for (int e = exponent; e != 0; e >>>= 1) {
            if ((e & 1) != 0) {
                result = Multiplication.multiply(result, square);
            }
            if (e > 1) {
                square = Multiplication.square(square);
            }
        }
        return of(sign, Magnitude.shiftLeft(result, twos * exponent));
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        return new BigInteger(signum, IntegerRoots.sqrt(mag));
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        return new BigInteger(1, Gcd.gcd(mag, val.mag));
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    // ---- shifts and bits ----

    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        return n > 0 ? shiftedLeft(n) : shiftedRight(-n);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        return n > 0 ? shiftedRight(n) : shiftedLeft(-n);
    }

    /** this·2^n, n positive or Integer.MIN_VALUE (read as 2^31). */
    private BigInteger shiftedLeft(int n) {
        if (bitLength(mag) + (n & 0xffffffffL) > Integer.MAX_VALUE) {
            reportOverflow();
        }
        return new BigInteger(signum, Magnitude.shiftLeft(mag, n));
    }

    /** floor(this / 2^n), n positive or Integer.MIN_VALUE (read as 2^31). */
    private BigInteger shiftedRight(int n) {
        if ((n >>> 5) >= mag.length) {
            return signum > 0 ? ZERO : NEGATIVE_ONE;
        }
        int[] shifted = Magnitude.shiftRight(mag, n);
        if (signum < 0 && Magnitude.anyLowBits(mag, n)) {
            shifted = Magnitude.addWord(shifted, 1);
        }
        return new BigInteger(signum, shifted);
    }

    private static int bitLength(int[] mag) {
        return Magnitude.bitLength(mag);
    }

    public BigInteger and(BigInteger val) {
        return TwosComplement.apply(this, val, TwosComplement.AND);
    }

    public BigInteger or(BigInteger val) {
        return TwosComplement.apply(this, val, TwosComplement.OR);
    }

    public BigInteger xor(BigInteger val) {
        return TwosComplement.apply(this, val, TwosComplement.XOR);
    }

    public BigInteger not() {
        return TwosComplement.not(this);
    }

    public BigInteger andNot(BigInteger val) {
        return TwosComplement.apply(this, val, TwosComplement.AND_NOT);
    }

    public boolean testBit(int n) {
        checkBitAddress(n);
        return TwosComplement.testBit(this, n);
    }

    public BigInteger setBit(int n) {
        checkBitAddress(n);
        return changeBit(n, TwosComplement.OR);
    }

    public BigInteger clearBit(int n) {
        checkBitAddress(n);
        return changeBit(n, TwosComplement.AND_NOT);
    }

    public BigInteger flipBit(int n) {
        checkBitAddress(n);
        return changeBit(n, TwosComplement.XOR);
    }

    private static void checkBitAddress(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
    }

    /** Bits past the magnitude equal the sign: setting, clearing or flipping them adds or subtracts 2^n. */
    private BigInteger changeBit(int n, int op) {
        if ((n >>> 5) < mag.length) {
            return TwosComplement.changeBit(this, n, op);
        }
        boolean set = signum < 0;
        if (op == TwosComplement.OR && set || op == TwosComplement.AND_NOT && !set) {
            return this;
        }
        BigInteger bit = ONE.shiftLeft(n);
        return set ? subtract(bit) : add(bit);
    }

    public int getLowestSetBit() {
        return Magnitude.lowestSetBit(mag);
    }

    /** The bits of the two's complement form without the sign bit. */
    public int bitLength() {
        int n = bitLength(mag);
        return signum < 0 && Magnitude.isPowerOfTwo(mag) ? n - 1 : n;
    }

    /** The bits of the two's complement form that differ from the sign bit. */
    public int bitCount() {
        int c = Magnitude.bitCount(mag);
        return signum < 0 ? c + Magnitude.lowestSetBit(mag) - 1 : c;
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger w = abs();
        if (w.equals(TWO)) {
            return true;
        }
        if (!w.testBit(0) || w.equals(ONE)) {
            return false;
        }
        return Primality.primeToCertainty(w, certainty, null);
    }

    // ---- comparison ----

    @Override
    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum > val.signum ? 1 : -1;
        }
        int c = Magnitude.compare(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger b = (BigInteger) x;
        return b.signum == signum && Magnitude.compare(mag, b.mag) == 0;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    /** 31·h + word over the words, most significant first, times the sign. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = (int) (31 * h + (mag[i] & Magnitude.MASK));
        }
        return h * signum;
    }

    // ---- conversions ----

    public String toString(int radix) {
        if (signum == 0) {
            return "0";
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        StringBuilder sb = new StringBuilder();
        if (signum < 0) {
            sb.append('-');
        }
        RadixConversion.append(sb, mag, radix);
        return sb.toString();
    }

    @Override
    public String toString() {
        return toString(10);
    }

    public byte[] toByteArray() {
        return ByteConversion.toBytes(this, bitLength() / 8 + 1);
    }

    @Override
    public int intValue() {
        int low = mag.length == 0 ? 0 : mag[0];
        return signum < 0 ? -low : low;
    }

    @Override
    public long longValue() {
        long low = Magnitude.low64(mag);
        return signum < 0 ? -low : low;
    }

    @Override
    public float floatValue() {
        return IntegerToFloating.toFloat(signum, mag);
    }

    @Override
    public double doubleValue() {
        return IntegerToFloating.toDouble(signum, mag);
    }

    public long longValueExact() {
        if (bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (bitLength() <= 15) {
            return (short) intValue();
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (bitLength() <= 7) {
            return (byte) intValue();
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
