package ingot.jit.asm;

/** A condition code of jcc, setcc and cmovcc: its 4-bit encoding and NASM suffix. */
public final class Cond {
    public static final Cond O = new Cond(0x0, "o");
    public static final Cond NO = new Cond(0x1, "no");
    /** Below (unsigned &lt;), also carry. */
    public static final Cond B = new Cond(0x2, "b");
    /** Above or equal (unsigned &gt;=), also no carry. */
    public static final Cond AE = new Cond(0x3, "ae");
    public static final Cond E = new Cond(0x4, "e");
    public static final Cond NE = new Cond(0x5, "ne");
    public static final Cond BE = new Cond(0x6, "be");
    public static final Cond A = new Cond(0x7, "a");
    public static final Cond S = new Cond(0x8, "s");
    public static final Cond NS = new Cond(0x9, "ns");
    public static final Cond P = new Cond(0xA, "p");
    public static final Cond NP = new Cond(0xB, "np");
    public static final Cond L = new Cond(0xC, "l");
    public static final Cond GE = new Cond(0xD, "ge");
    public static final Cond LE = new Cond(0xE, "le");
    public static final Cond G = new Cond(0xF, "g");

    private static final Cond[] ALL = {O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G};

    private final int code;
    private final String suffix;
    final String jump;
    final String set;
    final String cmov;

    private Cond(int code, String suffix) {
        this.code = code;
        this.suffix = suffix;
        this.jump = "j" + suffix;
        this.set = "set" + suffix;
        this.cmov = "cmov" + suffix;
    }

    /** The condition with encoding {@code code}, 0..15. */
    public static Cond of(int code) {
        if (code < 0 || code > 15) {
            throw new IllegalArgumentException("condition code out of range: " + code);
        }
        return ALL[code];
    }

    /** The opposite condition (E for NE, L for GE, ...). */
    public Cond negate() {
        return ALL[code ^ 1];
    }

    public int code() {
        return code;
    }

    /** The NASM suffix: {@code e} as in je, sete, cmove. */
    public String suffix() {
        return suffix;
    }

    @Override
    public String toString() {
        return suffix;
    }
}
