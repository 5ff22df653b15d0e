package ingot.jit.asm;

/**
 * The shared encoders under every instruction form: legacy prefixes, REX, opcode bytes, ModRM,
 * SIB, displacements and immediates, written into a {@link CodeBuffer}.
 *
 * <p>Register fields are given as codes: the register number 0..15, with {@link #FORCE_REX} added
 * for spl, bpl, sil and dil, which exist only under a REX prefix. An opcode is an int of one, two
 * or three bytes, most significant first ({@code 0x0FAF} is 0F AF).
 */
final class Encoder {
    /** Prefix flags, emitted in this order: F0, 66, F2, F3, then REX. */
    static final int LOCK = 1;
    static final int OPSIZE = 2;
    static final int REPNE = 4;
    static final int REP = 8;
    static final int REX_W = 16;

    /** Added to a register code that needs a REX prefix even with no REX bit set. */
    static final int FORCE_REX = 0x20;

    private final CodeBuffer code;

    Encoder(CodeBuffer code) {
        this.code = code;
    }

    /** Prefixes and opcode with no operand bytes. */
    void op(int flags, int opcode) {
        prefixes(flags);
        rex(flags, 0, 0, 0);
        opcode(opcode);
    }

    /** Prefixes, REX.B and {@code opcode + (reg & 7)}: push r, pop r, mov r imm, xchg rax r. */
    void opReg(int flags, int opcode, int reg) {
        prefixes(flags);
        rex(flags, 0, 0, reg);
        opcode(opcode + (reg & 7));
    }

    /** Register-direct form: ModRM mod=11 with {@code reg} (a register or opcode extension) and {@code rm}. */
    void regReg(int flags, int opcode, int reg, int rm) {
        prefixes(flags);
        rex(flags, reg, 0, rm);
        opcode(opcode);
        code.emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /**
     * Memory form: ModRM, SIB and displacement for {@code mem}. {@code trailing} is the number of
     * immediate bytes that will follow, which RIP-relative displacements count from.
     */
    void regMem(int flags, int opcode, int reg, Mem mem, int trailing) {
        if (mem.label != null) {
            code.checkOwner(mem.label);
        }
        prefixes(flags);
        rex(flags, reg, mem.indexCode(), mem.baseCode());
        opcode(opcode);
        address(reg & 7, mem, trailing);
    }

    void imm8(int value) {
        code.emit8(value);
    }

    /** An immediate of {@code bytes} bytes: 1, 2, 4 or 8. */
    void imm(int bytes, long value) {
        if (bytes == 1) {
            code.emit8((int) value);
        } else if (bytes == 2) {
            code.emit16((int) value);
        } else if (bytes == 4) {
            code.emit32((int) value);
        } else {
            code.emit64(value);
        }
    }

    private void prefixes(int flags) {
        if ((flags & (LOCK | OPSIZE | REPNE | REP)) == 0) {
            return;
        }
        if ((flags & LOCK) != 0) {
            code.emit8(0xF0);
        }
        if ((flags & OPSIZE) != 0) {
            code.emit8(0x66);
        }
        if ((flags & REPNE) != 0) {
            code.emit8(0xF2);
        }
        if ((flags & REP) != 0) {
            code.emit8(0xF3);
        }
    }

    private void rex(int flags, int reg, int index, int base) {
        int rex = (flags & REX_W) != 0 ? 0x48 : 0x40;
        rex |= (reg & 8) >> 1 | (index & 8) >> 2 | (base & 8) >> 3;
        if (rex != 0x40 || ((reg | base) & FORCE_REX) != 0) {
            code.emit8(rex);
        }
    }

    private void opcode(int opcode) {
        if (opcode > 0xFFFF) {
            code.emit8(opcode >> 16);
        }
        if (opcode > 0xFF) {
            code.emit8(opcode >> 8);
        }
        code.emit8(opcode);
    }

    private void address(int reg, Mem mem, int trailing) {
        switch (mem.form) {
            case Mem.BASED:
                based(reg, mem);
                return;
            case Mem.INDEXED:
                code.emit8(reg << 3 | 4);
                code.emit8(sib(mem.scale, mem.index.number(), 5));
                code.emit32(mem.disp);
                return;
            case Mem.ABSOLUTE:
                code.emit8(reg << 3 | 4);
                code.emit8(0x25);
                code.emit32(mem.disp);
                return;
            case Mem.RIP_LABEL:
                code.emit8(reg << 3 | 5);
                code.emitRel32(mem.label, mem.disp, trailing);
                return;
            default:
                code.emit8(reg << 3 | 5);
                code.emitSymbolPc32(mem.symbol, (long) mem.disp - 4 - trailing);
        }
    }

    /** [base + index*scale + disp]: no displacement when 0 (but rbp/r13 need one), disp8 when it fits. */
    private void based(int reg, Mem mem) {
        int base = mem.base.number() & 7;
        int disp = mem.disp;
        int mod = disp == 0 && base != 5 ? 0x00 : disp == (byte) disp ? 0x40 : 0x80;
        if (mem.index == null && base != 4) {
            code.emit8(mod | reg << 3 | base);
        } else {
            int index = mem.index == null ? 4 : mem.index.number();
            code.emit8(mod | reg << 3 | 4);
            code.emit8(sib(mem.scale, index, base));
        }
        if (mod == 0x40) {
            code.emit8(disp);
        } else if (mod == 0x80) {
            code.emit32(disp);
        }
    }

    private static int sib(int scale, int index, int base) {
        int ss = scale == 1 ? 0 : scale == 2 ? 1 : scale == 4 ? 2 : 3;
        return ss << 6 | (index & 7) << 3 | (base & 7);
    }
}
