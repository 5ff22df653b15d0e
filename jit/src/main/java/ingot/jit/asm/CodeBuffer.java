package ingot.jit.asm;

/**
 * The byte output: machine code and data, relocation records for references outside the buffer,
 * and label patching. Offsets count from the buffer's start, which is placed at an address aligned
 * to at least {@link #maxAlignment()}.
 */
public final class CodeBuffer {
    private byte[] bytes = new byte[256];
    private int size;
    private Relocation[] relocations = new Relocation[8];
    private int relocationCount;
    private int pendingFixups;
    private int maxAlignment = 1;

    /** The offset where the next byte goes. */
    public int position() {
        return size;
    }

    public int byteAt(int offset) {
        if (offset < 0 || offset >= size) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + size);
        }
        return bytes[offset] & 0xFF;
    }

    /** The bytes as written, with relocated fields unapplied. */
    public byte[] toByteArray() {
        byte[] copy = new byte[size];
        System.arraycopy(bytes, 0, copy, 0, size);
        return copy;
    }

    public int relocationCount() {
        return relocationCount;
    }

    /** Relocation {@code i}; they are in no particular order (a label's is added when it is bound). */
    public Relocation relocation(int i) {
        if (i < 0 || i >= relocationCount) {
            throw new IndexOutOfBoundsException("relocation " + i + " of " + relocationCount);
        }
        return relocations[i];
    }

    /** The largest alignment requested; the buffer must be placed at a multiple of it. */
    public int maxAlignment() {
        return maxAlignment;
    }

    /** References to labels that are not bound yet. */
    public int pendingFixups() {
        return pendingFixups;
    }

    /**
     * The bytes as they must sit at address {@code base}, with every relocation applied.
     *
     * @throws IllegalStateException when a label is still unbound or a value does not fit
     */
    public byte[] link(long base, SymbolAddresses symbols) {
        if (pendingFixups != 0) {
            throw new IllegalStateException(pendingFixups + " label references are unresolved");
        }
        if (base % maxAlignment != 0) {
            throw new IllegalStateException("base " + base + " is not aligned to " + maxAlignment);
        }
        byte[] out = toByteArray();
        for (int i = 0; i < relocationCount; i++) {
            Relocation r = relocations[i];
            long symbolAddress = r.symbol() == null ? 0 : symbols.addressOf(r.symbol());
            store(out, r.offset(), r.size(), r.value(base, symbolAddress));
        }
        return out;
    }

    // ---- writing -------------------------------------------------------------------------

    void emit8(int value) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) value;
    }

    void emit16(int value) {
        emit8(value);
        emit8(value >> 8);
    }

    void emit32(int value) {
        if (size + 4 > bytes.length) {
            grow(4);
        }
        store(bytes, size, 4, value);
        size += 4;
    }

    void emit64(long value) {
        emit32((int) value);
        emit32((int) (value >> 32));
    }

    void emitBytes(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IllegalArgumentException("byte range " + offset + "+" + length + " outside " + data.length);
        }
        if (size + length > bytes.length) {
            grow(length);
        }
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
    }

    void requireAlignment(int alignment) {
        if (alignment > maxAlignment) {
            maxAlignment = alignment;
        }
    }

    private void grow(int extra) {
        int capacity = Math.max(bytes.length * 2, size + extra);
        byte[] bigger = new byte[capacity];
        System.arraycopy(bytes, 0, bigger, 0, size);
        bytes = bigger;
    }

    private static void store(byte[] into, int at, int count, long value) {
        for (int i = 0; i < count; i++) {
            into[at + i] = (byte) (value >> (8 * i));
        }
    }

    // ---- relocations ---------------------------------------------------------------------

    /** A 32-bit field here, PC-relative to {@code symbol}; {@code addend} includes -4 - trailing bytes. */
    void emitSymbolPc32(Symbol symbol, long addend) {
        addRelocation(new Relocation(size, Relocation.PC32, symbol, addend));
        emit32(0);
    }

    /** A 64-bit field here holding {@code symbol + addend}. */
    void emitSymbolAbs64(Symbol symbol, long addend) {
        addRelocation(new Relocation(size, Relocation.ABS64, symbol, addend));
        emit64(0);
    }

    private void addRelocation(Relocation r) {
        if (relocationCount == relocations.length) {
            Relocation[] bigger = new Relocation[relocationCount * 2];
            System.arraycopy(relocations, 0, bigger, 0, relocationCount);
            relocations = bigger;
        }
        relocations[relocationCount++] = r;
    }

    // ---- labels --------------------------------------------------------------------------

    Label newLabel(String name) {
        return new Label(this, name);
    }

    /**
     * Binds {@code label} here and writes every reference waiting for it.
     *
     * @throws IllegalStateException when it is bound already or a short jump to it does not reach
     */
    void bind(Label label) {
        checkOwner(label);
        if (label.isBound()) {
            throw new IllegalStateException("label " + label + " is bound twice");
        }
        label.setPosition(size);
        for (int i = 0; i < label.fixupCount(); i++) {
            Fixup f = label.fixup(i);
            if (f.isResolvable()) {
                resolve(f);
            }
        }
        label.clearFixups();
    }

    /** True when {@code target} is bound and a jump of {@code length} bytes here reaches it in rel8. */
    boolean reachesShort(Label target, int length) {
        checkOwner(target);
        if (!target.isBound()) {
            return false;
        }
        int displacement = target.position() - (size + length);
        return displacement == (byte) displacement;
    }

    /** The rel8 field of a short jump ending right after it. */
    void emitRel8(Label target) {
        addFixup(new Fixup(Fixup.REL8, size, target, 0, size + 1, null), 1);
    }

    /**
     * A rel32 field here whose instruction ends {@code trailing} bytes after the field: value
     * {@code target + addend - end}.
     */
    void emitRel32(Label target, int addend, int trailing) {
        addFixup(new Fixup(Fixup.REL32, size, target, addend, size + 4 + trailing, null), 4);
    }

    /** A 32-bit field here holding {@code target - base}. */
    void emitDelta32(Label target, Label base) {
        checkOwner(base);
        addFixup(new Fixup(Fixup.DELTA32, size, target, 0, 0, base), 4);
    }

    /** A 64-bit field here holding the address of {@code target + addend}. */
    void emitLabelAddress(Label target, long addend) {
        addFixup(new Fixup(Fixup.ABS64, size, target, addend, 0, null), 8);
    }

    private void addFixup(Fixup f, int fieldSize) {
        checkOwner(f.target);
        for (int i = 0; i < fieldSize; i++) {
            emit8(0);
        }
        if (f.isResolvable()) {
            write(f);
        } else {
            // waits in the patch list of each unbound label; the last one bound writes it
            pendingFixups++;
            if (!f.target.isBound()) {
                f.target.addFixup(f);
            }
            if (f.originLabel != null && f.originLabel != f.target && !f.originLabel.isBound()) {
                f.originLabel.addFixup(f);
            }
        }
    }

    private void resolve(Fixup f) {
        pendingFixups--;
        write(f);
    }

    private void write(Fixup f) {
        long value = f.value();
        if (f.kind == Fixup.REL8) {
            if (value != (byte) value) {
                throw new IllegalStateException("short jump to " + f.target + " cannot reach it: "
                    + value + " bytes; use a near jump");
            }
            bytes[f.field] = (byte) value;
        } else if (f.kind == Fixup.ABS64) {
            addRelocation(new Relocation(f.field, Relocation.CODE_ABS64, null, value));
            store(bytes, f.field, 8, value);
        } else {
            store(bytes, f.field, 4, value);
        }
    }

    /** Checks that {@code label} belongs to this buffer, before anything of an instruction is written. */
    void checkOwner(Label label) {
        if (label == null) {
            throw new IllegalArgumentException("label is null");
        }
        if (label.owner() != this) {
            throw new IllegalArgumentException("label " + label + " belongs to another assembler");
        }
    }
}
