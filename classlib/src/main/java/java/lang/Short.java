package java.lang;

/** The short box. */
public final class Short extends Number implements Comparable<Short> {
    private static final long serialVersionUID = 7515723908773894738L;
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    @SuppressWarnings("unchecked")
    public static final Class<Short> TYPE = (Class<Short>) Primitives.classOf("short");
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final short value;

    @Deprecated(since = "9")
    public Short(short value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Short(String s) throws NumberFormatException {
        this.value = parseShort(s, 10);
    }

    /** The boxes of -128..127 are shared. */
    private static final class Cache {
        static final Short[] BOXES = boxes();

        private static Short[] boxes() {
            Short[] boxes = new Short[256];
            for (int i = 0; i < boxes.length; i++) {
                boxes[i] = new Short((short) (i - 128));
            }
            return boxes;
        }
    }

    public static Short valueOf(short v) {
        return v >= -128 && v <= 127 ? Cache.BOXES[v + 128] : new Short(v);
    }

    public static Short valueOf(String s) throws NumberFormatException {
        return valueOf(parseShort(s, 10));
    }

    public static Short valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseShort(s, radix));
    }

    public static short parseShort(String s) throws NumberFormatException {
        return parseShort(s, 10);
    }

    public static short parseShort(String s, int radix) throws NumberFormatException {
        return (short) parseInRange(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /** Parses an int, which must lie in [min, max] (parseShort's and Byte.parseByte's messages). */
    static int parseInRange(String s, int radix, int min, int max) {
        int i = Integer.parseInt(s, radix);
        if (i < min || i > max) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return i;
    }

    public static Short decode(String nm) throws NumberFormatException {
        return valueOf((short) decodeInRange(nm, MIN_VALUE, MAX_VALUE));
    }

    /** Decodes an int, which must lie in [min, max] (decode's message, also Byte's). */
    static int decodeInRange(String nm, int min, int max) {
        int i = Integer.decode(nm).intValue();
        if (i < min || i > max) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return i;
    }

    public static String toString(short v) {
        return Integer.toString(v);
    }

    public static int compare(short x, short y) {
        return x - y;
    }

    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(short x) {
        return x & 0xffff;
    }

    public static long toUnsignedLong(short x) {
        return x & 0xffffL;
    }

    public static int hashCode(short value) {
        return value;
    }

    public static short reverseBytes(short i) {
        return (short) (((i & 0xFF00) >> 8) | (i << 8));
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return value;
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Short && value == ((Short) obj).value;
    }

    @Override
    public int compareTo(Short another) {
        return compare(value, another.value);
    }
}
