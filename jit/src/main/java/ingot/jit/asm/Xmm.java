package ingot.jit.asm;

/** An SSE register, xmm0 to xmm15. */
public final class Xmm {
    private static final Xmm[] ALL = buildAll();

    public static final Xmm XMM0 = ALL[0], XMM1 = ALL[1], XMM2 = ALL[2], XMM3 = ALL[3];
    public static final Xmm XMM4 = ALL[4], XMM5 = ALL[5], XMM6 = ALL[6], XMM7 = ALL[7];
    public static final Xmm XMM8 = ALL[8], XMM9 = ALL[9], XMM10 = ALL[10], XMM11 = ALL[11];
    public static final Xmm XMM12 = ALL[12], XMM13 = ALL[13], XMM14 = ALL[14], XMM15 = ALL[15];

    private final int number;
    private final String name;

    private Xmm(int number) {
        this.number = number;
        this.name = "xmm" + number;
    }

    private static Xmm[] buildAll() {
        Xmm[] all = new Xmm[16];
        for (int n = 0; n < 16; n++) {
            all[n] = new Xmm(n);
        }
        return all;
    }

    /** xmm{@code number}, 0..15. */
    public static Xmm of(int number) {
        if (number < 0 || number > 15) {
            throw new IllegalArgumentException("xmm register number out of range: " + number);
        }
        return ALL[number];
    }

    public int number() {
        return number;
    }

    @Override
    public String toString() {
        return name;
    }
}
