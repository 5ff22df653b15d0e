package ingot.jit.asm;

/**
 * A field of the byte output whose value depends on where things are placed: an outside symbol's
 * address or the code buffer's own base address. Applied by {@link CodeBuffer#link}.
 */
public final class Relocation {
    /** 32 bits, {@code S + A - P}: call/jmp rel32 to a symbol, RIP-relative operand of a symbol. */
    public static final int PC32 = 1;
    /** 64 bits, {@code S + A}: a symbol's address as data ({@code dq symbol+addend}). */
    public static final int ABS64 = 2;
    /** 64 bits, {@code B + A}: a label's address as data, where B is the buffer's base address. */
    public static final int CODE_ABS64 = 3;

    private final int offset;
    private final int kind;
    private final Symbol symbol;
    private final long addend;

    Relocation(int offset, int kind, Symbol symbol, long addend) {
        this.offset = offset;
        this.kind = kind;
        this.symbol = symbol;
        this.addend = addend;
    }

    /** The field's offset in the code buffer (P is the base address plus this). */
    public int offset() {
        return offset;
    }

    /** {@link #PC32}, {@link #ABS64} or {@link #CODE_ABS64}. */
    public int kind() {
        return kind;
    }

    /** The symbol S; null for {@link #CODE_ABS64}. */
    public Symbol symbol() {
        return symbol;
    }

    public long addend() {
        return addend;
    }

    /** Bytes of the field: 4 or 8. */
    public int size() {
        return kind == PC32 ? 4 : 8;
    }

    /**
     * The field's value once the buffer sits at {@code base} and the symbol at {@code symbolAddress}.
     *
     * @throws IllegalStateException when a PC32 value does not fit in 32 bits
     */
    public long value(long base, long symbolAddress) {
        if (kind == CODE_ABS64) {
            return base + addend;
        }
        if (kind == ABS64) {
            return symbolAddress + addend;
        }
        long value = symbolAddress + addend - (base + offset);
        if (value != (int) value) {
            throw new IllegalStateException("PC32 relocation to " + symbol + " out of range at offset " + offset);
        }
        return value;
    }

    @Override
    public String toString() {
        String name = kind == PC32 ? "PC32" : kind == ABS64 ? "ABS64" : "CODE_ABS64";
        return name + "@" + offset + " " + (symbol == null ? "<code>" : symbol.name()) + "+" + addend;
    }
}
