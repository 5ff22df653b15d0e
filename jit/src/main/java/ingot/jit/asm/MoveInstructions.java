package ingot.jit.asm;

import static ingot.jit.asm.Width.BYTE;
import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;
import static ingot.jit.asm.Width.WORD;

/**
 * Data movement: mov in every width, movzx/movsx/movsxd, lea, xchg, lock cmpxchg, lock xadd,
 * setcc, cmovcc, push and pop.
 */
public abstract class MoveInstructions extends ArithmeticInstructions {
    MoveInstructions(NasmWriter nasm, String labelPrefix) {
        super(nasm, labelPrefix);
    }

    // ---- mov ---------------------------------------------------------------------------------

    /** reg-reg uses 88/89 (mov r/m, reg), as NASM does. */
    public final void mov(Reg dst, Reg src) {
        regToReg("mov", 0x88, dst, src);
    }

    public final void mov(Reg dst, Mem src) {
        memToReg("mov", 0x8A, dst, src);
    }

    public final void mov(Mem dst, Reg src) {
        regToMem("mov", 0, 0x88, dst, src);
    }

    /**
     * Loads an immediate. For a 64-bit register it picks NASM's shortest form: {@code mov r32, imm32}
     * (zero-extending) for 0..2^32-1, {@code mov r/m64, imm32} (sign-extending) for -2^31..-1,
     * else the 10-byte {@link #movabs}. Narrower registers take -2^(n-1) .. 2^n-1.
     */
    public final void mov(Reg dst, long imm) {
        Width w = dst.width();
        if (w == QWORD) {
            if (imm >= 0 && imm <= 0xFFFFFFFFL) {
                enc.opReg(0, 0xB8, dst.code());
                enc.imm(4, imm);
            } else if (imm == (int) imm) {
                enc.regReg(Encoder.REX_W, 0xC7, 0, dst.code());
                enc.imm(4, imm);
            } else {
                enc.opReg(Encoder.REX_W, 0xB8, dst.code());
                enc.imm(8, imm);
            }
        } else {
            checkImmediate("mov", w, imm);
            enc.opReg(sizeFlags(w), w == BYTE ? 0xB0 : 0xB8, dst.code());
            enc.imm(w.bytes(), imm);
        }
        text("mov").op(dst).imm(imm).end();
    }

    /** mov r64, imm64 in its 10-byte form, whatever the value (a slot to patch later). */
    public final void movabs(Reg dst, long imm) {
        require(dst.width() == QWORD, "movabs", "needs a 64-bit register, not " + dst);
        enc.opReg(Encoder.REX_W, 0xB8, dst.code());
        enc.imm(8, imm);
        text("mov").op(dst).imm("strict qword", imm).end();
    }

    /** Stores an immediate; a qword store sign-extends an imm32. */
    public final void mov(Width w, Mem dst, int imm) {
        checkImmediate("mov", w, imm);
        enc.regMem(sizeFlags(w), wide(0xC6, w), 0, dst, w.immediateBytes());
        enc.imm(w.immediateBytes(), imm);
        text("mov").op(w, dst).imm(imm).end();
    }

    // ---- movzx, movsx, movsxd ----------------------------------------------------------------

    public final void movzx(Reg dst, Reg src) {
        extendRR("movzx", 0x0FB6, dst, src);
    }

    /** Zero-extends a byte or word at {@code src} ({@code srcWidth}) into {@code dst}. */
    public final void movzx(Reg dst, Width srcWidth, Mem src) {
        extendRM("movzx", 0x0FB6, dst, srcWidth, src);
    }

    public final void movsx(Reg dst, Reg src) {
        extendRR("movsx", 0x0FBE, dst, src);
    }

    public final void movsx(Reg dst, Width srcWidth, Mem src) {
        extendRM("movsx", 0x0FBE, dst, srcWidth, src);
    }

    /** Sign-extends a 32-bit register into a 64-bit one. */
    public final void movsxd(Reg dst, Reg src) {
        require(dst.width() == QWORD && src.width() == DWORD, "movsxd", "takes r64, r32: " + dst + ", " + src);
        enc.regReg(Encoder.REX_W, 0x63, dst.code(), src.code());
        text("movsxd").op(dst).op(src).end();
    }

    public final void movsxd(Reg dst, Mem src) {
        require(dst.width() == QWORD, "movsxd", "takes a 64-bit destination, not " + dst);
        enc.regMem(Encoder.REX_W, 0x63, dst.code(), src, 0);
        text("movsxd").op(dst).op(DWORD, src).end();
    }

    private void extendRR(String mnemonic, int opcode, Reg dst, Reg src) {
        checkExtension(mnemonic, dst.width(), src.width());
        enc.regReg(sizeFlags(dst.width()), src.width() == BYTE ? opcode : opcode + 1, dst.code(), src.code());
        text(mnemonic).op(dst).op(src).end();
    }

    private void extendRM(String mnemonic, int opcode, Reg dst, Width srcWidth, Mem src) {
        checkExtension(mnemonic, dst.width(), srcWidth);
        enc.regMem(sizeFlags(dst.width()), srcWidth == BYTE ? opcode : opcode + 1, dst.code(), src, 0);
        text(mnemonic).op(dst).op(srcWidth, src).end();
    }

    private static void checkExtension(String mnemonic, Width dst, Width src) {
        boolean ok = (src == BYTE || src == WORD) && dst.bytes() > src.bytes();
        require(ok, mnemonic, "extends a byte or word into a wider register, not " + src + " into " + dst);
    }

    // ---- lea ---------------------------------------------------------------------------------

    public final void lea(Reg dst, Mem src) {
        Width w = notByte("lea", dst);
        enc.regMem(sizeFlags(w), 0x8D, dst.code(), src, 0);
        text("lea").op(dst).op(src).end();
    }

    // ---- xchg and the locked read-modify-writes ----------------------------------------------

    /**
     * Exchanges two registers. With the accumulator on either side NASM uses 90+r (so {@code xchg
     * ax, ax} is 66 90), except {@code xchg eax, eax}, which must clear the upper half and takes
     * 87 C0; otherwise 86/87 with the first operand in ModRM.reg.
     */
    public final void xchg(Reg a, Reg b) {
        Width w = sameWidth("xchg", a, b);
        boolean accumulator = w != BYTE && (a.number() == 0 || b.number() == 0)
            && !(w == DWORD && a.number() == 0 && b.number() == 0);
        if (accumulator) {
            enc.opReg(sizeFlags(w), 0x90, a.number() == 0 ? b.code() : a.code());
        } else {
            enc.regReg(sizeFlags(w), wide(0x86, w), a.code(), b.code());
        }
        text("xchg").op(a).op(b).end();
    }

    /** Exchanges memory and a register (always locked by the processor). */
    public final void xchg(Mem m, Reg r) {
        regToMem("xchg", 0, 0x86, m, r);
    }

    /** Compares al/ax/eax/rax with {@code m}; if equal stores {@code r} there, else loads it. */
    public final void lockCmpxchg(Mem m, Reg r) {
        regToMem("lock cmpxchg", Encoder.LOCK, 0x0FB0, m, r);
    }

    /** Adds {@code r} to {@code m} and returns the old value in {@code r}. */
    public final void lockXadd(Mem m, Reg r) {
        regToMem("lock xadd", Encoder.LOCK, 0x0FC0, m, r);
    }

    // ---- setcc, cmovcc -----------------------------------------------------------------------

    /** Sets a byte register to 1 when {@code cc} holds, else 0. */
    public final void set(Cond cc, Reg r) {
        require(r.width() == BYTE, cc.set, "writes a byte register, not " + r);
        enc.regReg(0, 0x0F90 + cc.code(), 0, r.code());
        text(cc.set).op(r).end();
    }

    public final void set(Cond cc, Mem m) {
        enc.regMem(0, 0x0F90 + cc.code(), 0, m, 0);
        text(cc.set).op(BYTE, m).end();
    }

    public final void cmov(Cond cc, Reg dst, Reg src) {
        Width w = notByte(cc.cmov, sameWidth(cc.cmov, dst, src));
        enc.regReg(sizeFlags(w), 0x0F40 + cc.code(), dst.code(), src.code());
        text(cc.cmov).op(dst).op(src).end();
    }

    public final void cmov(Cond cc, Reg dst, Mem src) {
        Width w = notByte(cc.cmov, dst);
        enc.regMem(sizeFlags(w), 0x0F40 + cc.code(), dst.code(), src, 0);
        text(cc.cmov).op(dst).op(src).end();
    }

    // ---- push, pop ---------------------------------------------------------------------------

    public final void push(Reg r) {
        require(r.width() == QWORD, "push", "takes a 64-bit register, not " + r);
        enc.opReg(0, 0x50, r.code());
        text("push").op(r).end();
    }

    public final void push(Mem m) {
        enc.regMem(0, 0xFF, 6, m, 0);
        text("push").op(QWORD, m).end();
    }

    /** Pushes a sign-extended immediate: 6A ib when it fits, else 68 id. */
    public final void push(int imm) {
        boolean short8 = imm == (byte) imm;
        enc.op(0, short8 ? 0x6A : 0x68);
        enc.imm(short8 ? 1 : 4, imm);
        text("push").imm(imm).end();
    }

    public final void pop(Reg r) {
        require(r.width() == QWORD, "pop", "takes a 64-bit register, not " + r);
        enc.opReg(0, 0x58, r.code());
        text("pop").op(r).end();
    }

    public final void pop(Mem m) {
        enc.regMem(0, 0x8F, 0, m, 0);
        text("pop").op(QWORD, m).end();
    }
}
