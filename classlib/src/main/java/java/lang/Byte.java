package java.lang;

/** The byte box. */
public final class Byte extends Number implements Comparable<Byte> {
    private static final long serialVersionUID = -7183698231559129828L;
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    @SuppressWarnings("unchecked")
    public static final Class<Byte> TYPE = (Class<Byte>) Primitives.classOf("byte");
    public static final int SIZE = 8;
    public static final int BYTES = 1;

    private final byte value;

    @Deprecated(since = "9")
    public Byte(byte value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Byte(String s) throws NumberFormatException {
        this.value = parseByte(s, 10);
    }

    /** The boxes of -128..127 are shared. */
    private static final class Cache {
        static final Byte[] BOXES = boxes();

        private static Byte[] boxes() {
            Byte[] boxes = new Byte[256];
            for (int i = 0; i < boxes.length; i++) {
                boxes[i] = new Byte((byte) (i - 128));
            }
            return boxes;
        }
    }

    public static Byte valueOf(byte v) {
        return Cache.BOXES[v + 128];
    }

    public static Byte valueOf(String s) throws NumberFormatException {
        return valueOf(parseByte(s, 10));
    }

    public static Byte valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseByte(s, radix));
    }

    public static byte parseByte(String s) throws NumberFormatException {
        return parseByte(s, 10);
    }

    public static byte parseByte(String s, int radix) throws NumberFormatException {
        return (byte) Short.parseInRange(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static Byte decode(String nm) throws NumberFormatException {
        return valueOf((byte) Short.decodeInRange(nm, MIN_VALUE, MAX_VALUE));
    }

    public static String toString(byte v) {
        return Integer.toString(v);
    }

    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(byte x) {
        return x & 0xff;
    }

    public static long toUnsignedLong(byte x) {
        return x & 0xffL;
    }

    public static int hashCode(byte value) {
        return value;
    }

    @Override
    public byte byteValue() {
        return value;
    }

    @Override
    public short shortValue() {
        return (short) value;
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
        return obj instanceof Byte && value == ((Byte) obj).value;
    }

    @Override
    public int compareTo(Byte another) {
        return compare(value, another.value);
    }
}
