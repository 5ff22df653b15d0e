package ingot.jit.asm;

/**
 * A memory operand: {@code [base + index*scale + disp]} over 64-bit registers, {@code [index*scale
 * + disp32]}, {@code [rel label+disp]}, {@code [rel symbol+disp]} or {@code [abs disp32]}. It
 * carries no operand size: the instruction form gives that (a register operand or a {@link Width}
 * argument). Immutable.
 */
public final class Mem {
    static final int BASED = 0;
    static final int INDEXED = 1;
    static final int RIP_LABEL = 2;
    static final int RIP_SYMBOL = 3;
    static final int ABSOLUTE = 4;

    final int form;
    final Reg base;
    final Reg index;
    final int scale;
    final int disp;
    final Label label;
    final Symbol symbol;

    private Mem(int form, Reg base, Reg index, int scale, int disp, Label label, Symbol symbol) {
        this.form = form;
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.disp = disp;
        this.label = label;
        this.symbol = symbol;
    }

    /** {@code [base]}. */
    public static Mem at(Reg base) {
        return at(base, 0);
    }

    /** {@code [base + disp]}: disp8 when it fits, else disp32 (rbp and r13 always take one). */
    public static Mem at(Reg base, int disp) {
        return new Mem(BASED, address("base", base), null, 1, disp, null, null);
    }

    /** {@code [base + index*scale + disp]}; scale is 1, 2, 4 or 8; rsp cannot be an index. */
    public static Mem at(Reg base, Reg index, int scale, int disp) {
        return new Mem(BASED, address("base", base), index(index), checkScale(scale), disp, null, null);
    }

    /**
     * {@code [index*scale + disp32]}, with no base register. With scale 1 this is the same address
     * as {@code [index + disp]} and is encoded so (shorter, and NASM does the same for r12).
     */
    public static Mem indexed(Reg index, int scale, int disp) {
        if (checkScale(scale) == 1) {
            return at(index(index), disp);
        }
        return new Mem(INDEXED, null, index(index), scale, disp, null, null);
    }

    /** {@code [rel label]}: RIP-relative to a label of the same assembler. */
    public static Mem rip(Label label) {
        return rip(label, 0);
    }

    /** {@code [rel label + disp]}. */
    public static Mem rip(Label label, int disp) {
        if (label == null) {
            throw new IllegalArgumentException("RIP-relative operand needs a label");
        }
        return new Mem(RIP_LABEL, null, null, 1, disp, label, null);
    }

    /** {@code [rel symbol + disp]}: RIP-relative to an outside symbol, a relocation. */
    public static Mem rip(Symbol symbol, int disp) {
        if (symbol == null) {
            throw new IllegalArgumentException("RIP-relative operand needs a symbol");
        }
        return new Mem(RIP_SYMBOL, null, null, 1, disp, null, symbol);
    }

    /** {@code [abs address]}: a sign-extended 32-bit absolute address. */
    public static Mem abs(int address) {
        return new Mem(ABSOLUTE, null, null, 1, address, null, null);
    }

    private static Reg address(String role, Reg reg) {
        if (reg == null) {
            throw new IllegalArgumentException("memory operand needs a " + role + " register");
        }
        if (reg.width() != Width.QWORD) {
            throw new IllegalArgumentException("address registers are 64-bit, not " + reg);
        }
        return reg;
    }

    private static Reg index(Reg index) {
        address("index", index);
        if (index.number() == 4) {
            throw new IllegalArgumentException("rsp cannot be an index register");
        }
        return index;
    }

    private static int checkScale(int scale) {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8: " + scale);
        }
        return scale;
    }

    /** Base register number for the REX.B bit, 0 when there is none. */
    int baseCode() {
        return base == null ? 0 : base.number();
    }

    /** Index register number for the REX.X bit, 0 when there is none. */
    int indexCode() {
        return index == null ? 0 : index.number();
    }

    /** Appends the NASM form, e.g. {@code [rbx+rcx*4+8]}, {@code [nosplit rcx*2+8]}, {@code [rel L1]}. */
    void appendNasm(StringBuilder out) {
        out.append('[');
        if (form == RIP_LABEL || form == RIP_SYMBOL) {
            out.append("rel ").append(form == RIP_LABEL ? label.name() : symbol.name());
        } else if (form == ABSOLUTE) {
            out.append("abs ").append(disp);
            out.append(']');
            return;
        } else if (form == INDEXED) {
            // nosplit: NASM would otherwise turn [r*2+d] into [r+r*1+d]
            out.append("nosplit ").append(index.toString()).append('*').append(scale);
        } else {
            out.append(base.toString());
            if (index != null) {
                out.append('+').append(index.toString()).append('*').append(scale);
            }
        }
        appendDisplacement(out);
        out.append(']');
    }

    private void appendDisplacement(StringBuilder out) {
        if (disp > 0) {
            out.append('+').append(disp);
        } else if (disp < 0) {
            out.append(disp);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendNasm(out);
        return out.toString();
    }
}
