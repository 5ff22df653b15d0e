package ingot.jit.asm;

import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;

/**
 * The x86-64 assembler: one method per mnemonic and operand form. Every call appends machine code
 * to {@link #code()} and, when a {@link NasmWriter} is attached, the same instruction as NASM
 * source; the two assemble to identical bytes. This class adds the SSE2 scalar instructions to
 * the general-purpose, control and system ones it inherits.
 *
 * <p>Operand errors (mixed widths, an immediate out of range, rsp as an index, ...) throw
 * IllegalArgumentException before anything is written; label errors (bound twice, a short jump
 * that cannot reach, unbound at {@link #finish()}) throw IllegalStateException.
 */
public final class Assembler extends SystemInstructions {
    private static final int SS = Encoder.REP;
    private static final int SD = Encoder.REPNE;
    private static final int PD = Encoder.OPSIZE;
    private static final int PS = 0;

    /** Bytes only; generated labels are named L1, L2, .... */
    public Assembler() {
        this(null, "L");
    }

    /** Bytes and NASM text; generated labels are named L1, L2, .... */
    public Assembler(NasmWriter nasm) {
        this(nasm, "L");
    }

    /**
     * @param nasm the text output, or null for bytes only
     * @param labelPrefix the start of generated label names, a NASM identifier
     */
    public Assembler(NasmWriter nasm, String labelPrefix) {
        super(nasm, labelPrefix);
    }

    // ---- moves -------------------------------------------------------------------------------

    public void movss(Xmm dst, Xmm src) { sse("movss", SS, 0x0F10, dst, src); }
    public void movss(Xmm dst, Mem src) { sse("movss", SS, 0x0F10, dst, src); }
    public void movss(Mem dst, Xmm src) { sseStore("movss", SS, 0x0F11, dst, src); }
    public void movsd(Xmm dst, Xmm src) { sse("movsd", SD, 0x0F10, dst, src); }
    public void movsd(Xmm dst, Mem src) { sse("movsd", SD, 0x0F10, dst, src); }
    public void movsd(Mem dst, Xmm src) { sseStore("movsd", SD, 0x0F11, dst, src); }

    /** xmm low dword = r32, upper bits cleared. */
    public void movd(Xmm dst, Reg src) {
        require(src.width() == DWORD, "movd", "moves a 32-bit register, not " + src);
        enc.regReg(PD, 0x0F6E, dst.number(), src.code());
        text("movd").op(dst).op(src).end();
    }

    public void movd(Reg dst, Xmm src) {
        require(dst.width() == DWORD, "movd", "moves a 32-bit register, not " + dst);
        enc.regReg(PD, 0x0F7E, src.number(), dst.code());
        text("movd").op(dst).op(src).end();
    }

    /** xmm low qword = r64, upper bits cleared. */
    public void movq(Xmm dst, Reg src) {
        require(src.width() == QWORD, "movq", "moves a 64-bit register, not " + src);
        enc.regReg(PD | Encoder.REX_W, 0x0F6E, dst.number(), src.code());
        text("movq").op(dst).op(src).end();
    }

    public void movq(Reg dst, Xmm src) {
        require(dst.width() == QWORD, "movq", "moves a 64-bit register, not " + dst);
        enc.regReg(PD | Encoder.REX_W, 0x0F7E, src.number(), dst.code());
        text("movq").op(dst).op(src).end();
    }

    // ---- arithmetic --------------------------------------------------------------------------

    public void addsd(Xmm dst, Xmm src) { sse("addsd", SD, 0x0F58, dst, src); }
    public void addsd(Xmm dst, Mem src) { sse("addsd", SD, 0x0F58, dst, src); }
    public void subsd(Xmm dst, Xmm src) { sse("subsd", SD, 0x0F5C, dst, src); }
    public void subsd(Xmm dst, Mem src) { sse("subsd", SD, 0x0F5C, dst, src); }
    public void mulsd(Xmm dst, Xmm src) { sse("mulsd", SD, 0x0F59, dst, src); }
    public void mulsd(Xmm dst, Mem src) { sse("mulsd", SD, 0x0F59, dst, src); }
    public void divsd(Xmm dst, Xmm src) { sse("divsd", SD, 0x0F5E, dst, src); }
    public void divsd(Xmm dst, Mem src) { sse("divsd", SD, 0x0F5E, dst, src); }
    public void sqrtsd(Xmm dst, Xmm src) { sse("sqrtsd", SD, 0x0F51, dst, src); }
    public void sqrtsd(Xmm dst, Mem src) { sse("sqrtsd", SD, 0x0F51, dst, src); }

    public void addss(Xmm dst, Xmm src) { sse("addss", SS, 0x0F58, dst, src); }
    public void addss(Xmm dst, Mem src) { sse("addss", SS, 0x0F58, dst, src); }
    public void subss(Xmm dst, Xmm src) { sse("subss", SS, 0x0F5C, dst, src); }
    public void subss(Xmm dst, Mem src) { sse("subss", SS, 0x0F5C, dst, src); }
    public void mulss(Xmm dst, Xmm src) { sse("mulss", SS, 0x0F59, dst, src); }
    public void mulss(Xmm dst, Mem src) { sse("mulss", SS, 0x0F59, dst, src); }
    public void divss(Xmm dst, Xmm src) { sse("divss", SS, 0x0F5E, dst, src); }
    public void divss(Xmm dst, Mem src) { sse("divss", SS, 0x0F5E, dst, src); }
    public void sqrtss(Xmm dst, Xmm src) { sse("sqrtss", SS, 0x0F51, dst, src); }
    public void sqrtss(Xmm dst, Mem src) { sse("sqrtss", SS, 0x0F51, dst, src); }

    /** Unordered compare setting ZF, PF, CF (PF=1 for NaN). */
    public void ucomisd(Xmm a, Xmm b) { sse("ucomisd", PD, 0x0F2E, a, b); }
    public void ucomisd(Xmm a, Mem b) { sse("ucomisd", PD, 0x0F2E, a, b); }
    public void ucomiss(Xmm a, Xmm b) { sse("ucomiss", PS, 0x0F2E, a, b); }
    public void ucomiss(Xmm a, Mem b) { sse("ucomiss", PS, 0x0F2E, a, b); }

    /** Bitwise ops on the whole register: negation and absolute value with a mask. */
    public void xorpd(Xmm dst, Xmm src) { sse("xorpd", PD, 0x0F57, dst, src); }
    public void xorpd(Xmm dst, Mem src) { sse("xorpd", PD, 0x0F57, dst, src); }
    public void xorps(Xmm dst, Xmm src) { sse("xorps", PS, 0x0F57, dst, src); }
    public void xorps(Xmm dst, Mem src) { sse("xorps", PS, 0x0F57, dst, src); }
    public void andpd(Xmm dst, Xmm src) { sse("andpd", PD, 0x0F54, dst, src); }
    public void andpd(Xmm dst, Mem src) { sse("andpd", PD, 0x0F54, dst, src); }
    public void andps(Xmm dst, Xmm src) { sse("andps", PS, 0x0F54, dst, src); }
    public void andps(Xmm dst, Mem src) { sse("andps", PS, 0x0F54, dst, src); }

    // ---- conversions -------------------------------------------------------------------------

    public void cvtsd2ss(Xmm dst, Xmm src) { sse("cvtsd2ss", SD, 0x0F5A, dst, src); }
    public void cvtsd2ss(Xmm dst, Mem src) { sse("cvtsd2ss", SD, 0x0F5A, dst, src); }
    public void cvtss2sd(Xmm dst, Xmm src) { sse("cvtss2sd", SS, 0x0F5A, dst, src); }
    public void cvtss2sd(Xmm dst, Mem src) { sse("cvtss2sd", SS, 0x0F5A, dst, src); }

    /** double = signed 32- or 64-bit integer. */
    public void cvtsi2sd(Xmm dst, Reg src) { fromInt("cvtsi2sd", SD, dst, src); }
    public void cvtsi2sd(Xmm dst, Width w, Mem src) { fromInt("cvtsi2sd", SD, dst, w, src); }
    public void cvtsi2ss(Xmm dst, Reg src) { fromInt("cvtsi2ss", SS, dst, src); }
    public void cvtsi2ss(Xmm dst, Width w, Mem src) { fromInt("cvtsi2ss", SS, dst, w, src); }

    /** Signed 32- or 64-bit integer = double, truncated (0x80..0 when out of range or NaN). */
    public void cvttsd2si(Reg dst, Xmm src) { toInt("cvttsd2si", SD, dst, src); }
    public void cvttsd2si(Reg dst, Mem src) { toInt("cvttsd2si", SD, dst, src); }
    public void cvttss2si(Reg dst, Xmm src) { toInt("cvttss2si", SS, dst, src); }
    public void cvttss2si(Reg dst, Mem src) { toInt("cvttss2si", SS, dst, src); }

    // ---- the shared forms --------------------------------------------------------------------

    private void sse(String mnemonic, int prefix, int opcode, Xmm dst, Xmm src) {
        enc.regReg(prefix, opcode, dst.number(), src.number());
        text(mnemonic).op(dst).op(src).end();
    }

    private void sse(String mnemonic, int prefix, int opcode, Xmm dst, Mem src) {
        enc.regMem(prefix, opcode, dst.number(), src, 0);
        text(mnemonic).op(dst).op(src).end();
    }

    private void sseStore(String mnemonic, int prefix, int opcode, Mem dst, Xmm src) {
        enc.regMem(prefix, opcode, src.number(), dst, 0);
        text(mnemonic).op(dst).op(src).end();
    }

    private void fromInt(String mnemonic, int prefix, Xmm dst, Reg src) {
        enc.regReg(prefix | intSize(mnemonic, src.width()), 0x0F2A, dst.number(), src.code());
        text(mnemonic).op(dst).op(src).end();
    }

    private void fromInt(String mnemonic, int prefix, Xmm dst, Width w, Mem src) {
        enc.regMem(prefix | intSize(mnemonic, w), 0x0F2A, dst.number(), src, 0);
        text(mnemonic).op(dst).op(w, src).end();
    }

    private void toInt(String mnemonic, int prefix, Reg dst, Xmm src) {
        enc.regReg(prefix | intSize(mnemonic, dst.width()), 0x0F2C, dst.code(), src.number());
        text(mnemonic).op(dst).op(src).end();
    }

    private void toInt(String mnemonic, int prefix, Reg dst, Mem src) {
        enc.regMem(prefix | intSize(mnemonic, dst.width()), 0x0F2C, dst.code(), src, 0);
        text(mnemonic).op(dst).op(src).end();
    }

    /** REX.W for a 64-bit integer operand; only 32 and 64 bits exist. */
    private static int intSize(String mnemonic, Width w) {
        require(w == DWORD || w == QWORD, mnemonic, "converts 32- or 64-bit integers, not " + w);
        return w == QWORD ? Encoder.REX_W : 0;
    }
}
