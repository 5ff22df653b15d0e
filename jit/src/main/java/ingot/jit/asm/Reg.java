package ingot.jit.asm;

/**
 * A general-purpose register under one of its names: a number 0..15 and a width. The byte names
 * of registers 4..7 are spl, bpl, sil and dil, which need a REX prefix; ah..bh are not offered.
 */
public final class Reg {
    private static final String[] NAMES_64 = {
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};
    private static final String[] NAMES_32 = {
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
        "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
    private static final String[] NAMES_16 = {
        "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
        "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
    private static final String[] NAMES_8 = {
        "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
        "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};

    /** Indexed by width index * 16 + number. */
    private static final Reg[] ALL = buildAll();

    public static final Reg RAX = ALL[48], RCX = ALL[49], RDX = ALL[50], RBX = ALL[51];
    public static final Reg RSP = ALL[52], RBP = ALL[53], RSI = ALL[54], RDI = ALL[55];
    public static final Reg R8 = ALL[56], R9 = ALL[57], R10 = ALL[58], R11 = ALL[59];
    public static final Reg R12 = ALL[60], R13 = ALL[61], R14 = ALL[62], R15 = ALL[63];

    public static final Reg EAX = ALL[32], ECX = ALL[33], EDX = ALL[34], EBX = ALL[35];
    public static final Reg ESP = ALL[36], EBP = ALL[37], ESI = ALL[38], EDI = ALL[39];
    public static final Reg R8D = ALL[40], R9D = ALL[41], R10D = ALL[42], R11D = ALL[43];
    public static final Reg R12D = ALL[44], R13D = ALL[45], R14D = ALL[46], R15D = ALL[47];

    public static final Reg AX = ALL[16], CX = ALL[17], DX = ALL[18], BX = ALL[19];
    public static final Reg SP = ALL[20], BP = ALL[21], SI = ALL[22], DI = ALL[23];
    public static final Reg R8W = ALL[24], R9W = ALL[25], R10W = ALL[26], R11W = ALL[27];
    public static final Reg R12W = ALL[28], R13W = ALL[29], R14W = ALL[30], R15W = ALL[31];

    public static final Reg AL = ALL[0], CL = ALL[1], DL = ALL[2], BL = ALL[3];
    public static final Reg SPL = ALL[4], BPL = ALL[5], SIL = ALL[6], DIL = ALL[7];
    public static final Reg R8B = ALL[8], R9B = ALL[9], R10B = ALL[10], R11B = ALL[11];
    public static final Reg R12B = ALL[12], R13B = ALL[13], R14B = ALL[14], R15B = ALL[15];

    private final int number;
    private final Width width;
    private final String name;
    private final int code;

    private Reg(int number, Width width, String name) {
        this.number = number;
        this.width = width;
        this.name = name;
        boolean needsRex = width == Width.BYTE && number >= 4 && number <= 7;
        this.code = needsRex ? number | Encoder.FORCE_REX : number;
    }

    private static Reg[] buildAll() {
        Reg[] all = new Reg[64];
        for (int n = 0; n < 16; n++) {
            all[n] = new Reg(n, Width.BYTE, NAMES_8[n]);
            all[16 + n] = new Reg(n, Width.WORD, NAMES_16[n]);
            all[32 + n] = new Reg(n, Width.DWORD, NAMES_32[n]);
            all[48 + n] = new Reg(n, Width.QWORD, NAMES_64[n]);
        }
        return all;
    }

    /** The register numbered {@code number} (0..15) under its name of the given width. */
    public static Reg of(int number, Width width) {
        if (number < 0 || number > 15) {
            throw new IllegalArgumentException("register number out of range: " + number);
        }
        return ALL[width.index() * 16 + number];
    }

    /** This register under its name of another width, e.g. {@code RAX.as(DWORD) == EAX}. */
    public Reg as(Width other) {
        return ALL[other.index() * 16 + number];
    }

    /** 0..15: rax=0 … rdi=7, r8=8 … r15=15. */
    public int number() {
        return number;
    }

    public Width width() {
        return width;
    }

    /** The number for the encoder, with {@link Encoder#FORCE_REX} set for spl, bpl, sil, dil. */
    int code() {
        return code;
    }

    /** The NASM name. */
    @Override
    public String toString() {
        return name;
    }
}
