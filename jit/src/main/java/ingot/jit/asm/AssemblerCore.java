package ingot.jit.asm;

/**
 * The base of {@link Assembler}: its two outputs, labels, data, alignment and the helpers every
 * instruction form uses. Every call writes its bytes into the {@link CodeBuffer} (which also
 * decides jump sizes from label distances) and, when a {@link NasmWriter} is attached, the same
 * thing as NASM text.
 */
public abstract class AssemblerCore {
    /** Intel's recommended multi-byte nops of 1 to 9 bytes, and their NASM spelling. */
    private static final byte[][] NOPS = {
        {(byte) 0x90},
        {0x66, (byte) 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };
    private static final String[] NOP_TEXT = {
        "nop",
        "o16 nop",
        "nop dword [rax]",
        "nop dword [byte rax+0]",
        "nop dword [byte rax+rax*1+0]",
        "nop word [byte rax+rax*1+0]",
        "nop dword [dword rax+0]",
        "nop dword [dword rax+rax*1+0]",
        "nop word [dword rax+rax*1+0]",
    };
    /** The longest single nop. */
    public static final int MAX_NOP = 9;

    final CodeBuffer code;
    final Encoder enc;
    private final NasmWriter nasm;
    private final String labelPrefix;
    private int labelCount;

    /**
     * @param nasm the text output, or null for bytes only
     * @param labelPrefix the start of generated label names, a NASM identifier (e.g. {@code L} or
     *     {@code m42_} so that several assemblers can write into one NASM file)
     */
    AssemblerCore(NasmWriter nasm, String labelPrefix) {
        this.code = new CodeBuffer();
        this.enc = new Encoder(code);
        this.nasm = nasm == null ? NasmWriter.DISABLED : nasm;
        this.labelPrefix = Names.checkIdentifier("label prefix", labelPrefix);
    }

    /** The byte output. */
    public final CodeBuffer code() {
        return code;
    }

    /** The offset of the next instruction in the byte output. */
    public final int position() {
        return code.position();
    }

    /**
     * Checks that every referenced label is bound and returns the byte output.
     *
     * @throws IllegalStateException when some label references are unresolved
     */
    public final CodeBuffer finish() {
        if (code.pendingFixups() != 0) {
            throw new IllegalStateException(code.pendingFixups() + " references to unbound labels");
        }
        return code;
    }

    // ---- labels and comments ----------------------------------------------------------------

    /** A new unbound label named with the prefix and a counter. */
    public final Label newLabel() {
        return code.newLabel(labelPrefix + ++labelCount);
    }

    /** A new unbound label with its own name, a NASM identifier that is not a reserved word. */
    public final Label newLabel(String name) {
        return code.newLabel(Names.checkIdentifier("label", name));
    }

    /**
     * Binds {@code label} at the current position.
     *
     * @throws IllegalStateException when it is bound already, or a short jump to it cannot reach
     */
    public final void bind(Label label) {
        code.bind(label);
        nasm.label(label);
    }

    /** A comment in the NASM output; nothing in the bytes. */
    public final void comment(String text) {
        nasm.comment(text);
    }

    // ---- data -------------------------------------------------------------------------------

    /** One byte; {@code value} is -128..255. */
    public final void db(int value) {
        checkRange("db", value, -128, 255);
        code.emit8(value);
        nasm.data("db", value);
    }

    /** Bytes {@code data[offset .. offset+length)}, written as wide db lines. */
    public final void db(byte[] data, int offset, int length) {
        code.emitBytes(data, offset, length);
        for (int i = 0; i < length; i++) {
            nasm.data("db", data[offset + i] & 0xFF);
        }
    }

    /** One 16-bit word; {@code value} is -32768..65535. */
    public final void dw(int value) {
        checkRange("dw", value, -32768, 65535);
        code.emit16(value);
        nasm.data("dw", value);
    }

    public final void dd(int value) {
        code.emit32(value);
        nasm.data("dd", value);
    }

    public final void dq(long value) {
        code.emit64(value);
        nasm.data("dq", value);
    }

    /** The address of {@code label} as a 64-bit value (a {@link Relocation#CODE_ABS64}). */
    public final void dq(Label label) {
        code.emitLabelAddress(label, 0);
        nasm.dataExpression("dq", label.name());
    }

    /** The address of {@code symbol + addend} as a 64-bit value (a {@link Relocation#ABS64}). */
    public final void dq(Symbol symbol, long addend) {
        code.emitSymbolAbs64(symbol, addend);
        nasm.dataExpression("dq", withAddend(symbol.name(), addend));
    }

    /** {@code target - base} as a 32-bit value, e.g. a position-independent jump table entry. */
    public final void ddDelta(Label target, Label base) {
        code.emitDelta32(target, base);
        nasm.dataExpression("dd", target.name() + "-" + base.name());
    }

    /** Zero bytes up to a multiple of {@code boundary} (a power of two up to 4096). */
    public final void alignData(int boundary) {
        int padding = padding(boundary);
        for (int i = 0; i < padding; i++) {
            code.emit8(0);
        }
        nasm.align(boundary, 0);
    }

    /** Multi-byte nops up to a multiple of {@code boundary} (a power of two up to 4096). */
    public final void alignCode(int boundary) {
        int padding = padding(boundary);
        while (padding > 0) {
            int length = Math.min(padding, MAX_NOP);
            nop(length);
            padding -= length;
        }
    }

    private int padding(int boundary) {
        if (boundary <= 0 || boundary > 4096 || (boundary & (boundary - 1)) != 0) {
            throw new IllegalArgumentException("alignment must be a power of two up to 4096: " + boundary);
        }
        code.requireAlignment(boundary);
        return -code.position() & (boundary - 1);
    }

    // ---- the nops ---------------------------------------------------------------------------

    public final void nop() {
        nop(1);
    }

    /** One nop instruction of {@code length} bytes, 1..{@link #MAX_NOP}. */
    public final void nop(int length) {
        if (length < 1 || length > MAX_NOP) {
            throw new IllegalArgumentException("nop length must be 1.." + MAX_NOP + ": " + length);
        }
        code.emitBytes(NOPS[length - 1], 0, length);
        text(NOP_TEXT[length - 1]).end();
    }

    // ---- forms shared by several mnemonics (opcode is the byte version; w bit added) -------

    /** {@code mnemonic dst, src} between registers, src in ModRM.reg (the 88/89-style opcodes). */
    final void regToReg(String mnemonic, int opcode, Reg dst, Reg src) {
        Width w = sameWidth(mnemonic, dst, src);
        enc.regReg(sizeFlags(w), wide(opcode, w), src.code(), dst.code());
        text(mnemonic).op(dst).op(src).end();
    }

    /** {@code mnemonic [m], r}: r in ModRM.reg, the width from r. */
    final void regToMem(String mnemonic, int flags, int opcode, Mem m, Reg r) {
        Width w = r.width();
        enc.regMem(flags | sizeFlags(w), wide(opcode, w), r.code(), m, 0);
        text(mnemonic).op(m).op(r).end();
    }

    /** {@code mnemonic r, [m]}: r in ModRM.reg, the width from r. */
    final void memToReg(String mnemonic, int opcode, Reg r, Mem m) {
        Width w = r.width();
        enc.regMem(sizeFlags(w), wide(opcode, w), r.code(), m, 0);
        text(mnemonic).op(r).op(m).end();
    }

    // ---- helpers for the instruction forms --------------------------------------------------

    /** Starts the NASM line of an instruction; the caller adds operands and calls end(). */
    final NasmWriter text(String mnemonic) {
        return nasm.insn(mnemonic);
    }

    /** The prefix flags that select operand size {@code w}: 66 for word, REX.W for qword. */
    static int sizeFlags(Width w) {
        return w == Width.WORD ? Encoder.OPSIZE : w == Width.QWORD ? Encoder.REX_W : 0;
    }

    /** {@code opcode} for byte operands, {@code opcode + 1} for the others (the x86 w bit). */
    static int wide(int opcode, Width w) {
        return w == Width.BYTE ? opcode : opcode + 1;
    }

    /** Whether {@code value}, truncated to width {@code w}, is a sign-extended 8-bit value. */
    static boolean fitsInt8(Width w, long value) {
        long v = w == Width.WORD ? (short) value : w == Width.DWORD ? (int) value : value;
        return v == (byte) v;
    }

    /** Checks that an immediate fits an operation of width {@code w} (qword takes a sign-extended imm32). */
    static void checkImmediate(String mnemonic, Width w, long value) {
        if (w == Width.BYTE) {
            checkRange(mnemonic, value, -128, 255);
        } else if (w == Width.WORD) {
            checkRange(mnemonic, value, -32768, 65535);
        } else if (w == Width.DWORD) {
            checkRange(mnemonic, value, Integer.MIN_VALUE, 0xFFFFFFFFL);
        } else {
            checkRange(mnemonic, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static void checkRange(String mnemonic, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(mnemonic + ": immediate " + value + " outside " + min + ".." + max);
        }
    }

    /** The common width of two registers. */
    static Width sameWidth(String mnemonic, Reg a, Reg b) {
        if (a.width() != b.width()) {
            throw new IllegalArgumentException(mnemonic + ": operand widths differ: " + a + ", " + b);
        }
        return a.width();
    }

    /** Checks that {@code reg} is not a byte register (forms that have no 8-bit version). */
    static Width notByte(String mnemonic, Reg reg) {
        return notByte(mnemonic, reg.width());
    }

    /** Checks that {@code w} is not a byte (forms that have no 8-bit version). */
    static Width notByte(String mnemonic, Width w) {
        if (w == Width.BYTE) {
            throw new IllegalArgumentException(mnemonic + " has no 8-bit form");
        }
        return w;
    }

    static void require(boolean condition, String mnemonic, String message) {
        if (!condition) {
            throw new IllegalArgumentException(mnemonic + ": " + message);
        }
    }

    static String withAddend(String name, long addend) {
        return addend == 0 ? name : addend > 0 ? name + "+" + addend : name + addend;
    }
}
