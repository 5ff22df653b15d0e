package ingot.jit.asm;

import static ingot.jit.asm.Width.BYTE;

/**
 * Integer arithmetic: the eight ALU operations, test, the unary group (inc, dec, neg, not, mul,
 * imul, div, idiv), the two- and three-operand imul, cdq/cqo, shifts and rotates, bt. Immediate
 * forms pick the encoding NASM picks: imm8 sign-extended when the value fits, else the short
 * accumulator form for al/ax/eax/rax, else the general one.
 */
public abstract class ArithmeticInstructions extends AssemblerCore {
    private static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;
    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};

    private static final int NOT = 2, NEG = 3, MUL = 4, IMUL = 5, DIV = 6, IDIV = 7;
    private static final String[] UNARY = {"inc", "dec", "not", "neg", "mul", "imul", "div", "idiv"};

    private static final int ROL = 0, ROR = 1, SHL = 4, SHR = 5, SAR = 7;
    private static final String[] SHIFT = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};

    ArithmeticInstructions(NasmWriter nasm, String labelPrefix) {
        super(nasm, labelPrefix);
    }

    // ---- add, or, adc, sbb, and, sub, xor, cmp ------------------------------------------------

    public final void add(Reg dst, Reg src) { aluRR(ADD, dst, src); }
    public final void add(Reg dst, Mem src) { aluRM(ADD, dst, src); }
    public final void add(Mem dst, Reg src) { aluMR(ADD, dst, src); }
    public final void add(Reg dst, int imm) { aluRI(ADD, dst, imm); }
    public final void add(Width w, Mem dst, int imm) { aluMI(ADD, w, dst, imm); }

    public final void or(Reg dst, Reg src) { aluRR(OR, dst, src); }
    public final void or(Reg dst, Mem src) { aluRM(OR, dst, src); }
    public final void or(Mem dst, Reg src) { aluMR(OR, dst, src); }
    public final void or(Reg dst, int imm) { aluRI(OR, dst, imm); }
    public final void or(Width w, Mem dst, int imm) { aluMI(OR, w, dst, imm); }

    public final void adc(Reg dst, Reg src) { aluRR(ADC, dst, src); }
    public final void adc(Reg dst, Mem src) { aluRM(ADC, dst, src); }
    public final void adc(Mem dst, Reg src) { aluMR(ADC, dst, src); }
    public final void adc(Reg dst, int imm) { aluRI(ADC, dst, imm); }
    public final void adc(Width w, Mem dst, int imm) { aluMI(ADC, w, dst, imm); }

    public final void sbb(Reg dst, Reg src) { aluRR(SBB, dst, src); }
    public final void sbb(Reg dst, Mem src) { aluRM(SBB, dst, src); }
    public final void sbb(Mem dst, Reg src) { aluMR(SBB, dst, src); }
    public final void sbb(Reg dst, int imm) { aluRI(SBB, dst, imm); }
    public final void sbb(Width w, Mem dst, int imm) { aluMI(SBB, w, dst, imm); }

    public final void and(Reg dst, Reg src) { aluRR(AND, dst, src); }
    public final void and(Reg dst, Mem src) { aluRM(AND, dst, src); }
    public final void and(Mem dst, Reg src) { aluMR(AND, dst, src); }
    public final void and(Reg dst, int imm) { aluRI(AND, dst, imm); }
    public final void and(Width w, Mem dst, int imm) { aluMI(AND, w, dst, imm); }

    public final void sub(Reg dst, Reg src) { aluRR(SUB, dst, src); }
    public final void sub(Reg dst, Mem src) { aluRM(SUB, dst, src); }
    public final void sub(Mem dst, Reg src) { aluMR(SUB, dst, src); }
    public final void sub(Reg dst, int imm) { aluRI(SUB, dst, imm); }
    public final void sub(Width w, Mem dst, int imm) { aluMI(SUB, w, dst, imm); }

    public final void xor(Reg dst, Reg src) { aluRR(XOR, dst, src); }
    public final void xor(Reg dst, Mem src) { aluRM(XOR, dst, src); }
    public final void xor(Mem dst, Reg src) { aluMR(XOR, dst, src); }
    public final void xor(Reg dst, int imm) { aluRI(XOR, dst, imm); }
    public final void xor(Width w, Mem dst, int imm) { aluMI(XOR, w, dst, imm); }

    public final void cmp(Reg dst, Reg src) { aluRR(CMP, dst, src); }
    public final void cmp(Reg dst, Mem src) { aluRM(CMP, dst, src); }
    public final void cmp(Mem dst, Reg src) { aluMR(CMP, dst, src); }
    public final void cmp(Reg dst, int imm) { aluRI(CMP, dst, imm); }
    public final void cmp(Width w, Mem dst, int imm) { aluMI(CMP, w, dst, imm); }

    /** reg-reg uses the r/m,reg form (00+8*op), as NASM does. */
    private void aluRR(int op, Reg dst, Reg src) {
        regToReg(ALU[op], op << 3, dst, src);
    }

    private void aluRM(int op, Reg dst, Mem src) {
        memToReg(ALU[op], op << 3 | 2, dst, src);
    }

    private void aluMR(int op, Mem dst, Reg src) {
        regToMem(ALU[op], 0, op << 3, dst, src);
    }

    private void aluRI(int op, Reg dst, int imm) {
        Width w = dst.width();
        checkImmediate(ALU[op], w, imm);
        if (w != BYTE && fitsInt8(w, imm)) {
            enc.regReg(sizeFlags(w), 0x83, op, dst.code());
            enc.imm8(imm);
        } else if (dst.number() == 0) {
            enc.op(sizeFlags(w), wide(op << 3 | 4, w));
            enc.imm(w.immediateBytes(), imm);
        } else {
            enc.regReg(sizeFlags(w), wide(0x80, w), op, dst.code());
            enc.imm(w.immediateBytes(), imm);
        }
        text(ALU[op]).op(dst).imm(imm).end();
    }

    private void aluMI(int op, Width w, Mem dst, int imm) {
        checkImmediate(ALU[op], w, imm);
        if (w != BYTE && fitsInt8(w, imm)) {
            enc.regMem(sizeFlags(w), 0x83, op, dst, 1);
            enc.imm8(imm);
        } else {
            enc.regMem(sizeFlags(w), wide(0x80, w), op, dst, w.immediateBytes());
            enc.imm(w.immediateBytes(), imm);
        }
        text(ALU[op]).op(w, dst).imm(imm).end();
    }

    // ---- test --------------------------------------------------------------------------------

    public final void test(Reg a, Reg b) {
        regToReg("test", 0x84, a, b);
    }

    public final void test(Mem a, Reg b) {
        regToMem("test", 0, 0x84, a, b);
    }

    /** test has no imm8 form: A8/A9 for the accumulator, F6/F7 /0 otherwise. */
    public final void test(Reg a, int imm) {
        Width w = a.width();
        checkImmediate("test", w, imm);
        if (a.number() == 0) {
            enc.op(sizeFlags(w), wide(0xA8, w));
        } else {
            enc.regReg(sizeFlags(w), wide(0xF6, w), 0, a.code());
        }
        enc.imm(w.immediateBytes(), imm);
        text("test").op(a).imm(imm).end();
    }

    public final void test(Width w, Mem a, int imm) {
        checkImmediate("test", w, imm);
        enc.regMem(sizeFlags(w), wide(0xF6, w), 0, a, w.immediateBytes());
        enc.imm(w.immediateBytes(), imm);
        text("test").op(w, a).imm(imm).end();
    }

    // ---- inc, dec, not, neg, mul, imul, div, idiv --------------------------------------------

    public final void inc(Reg r) { unaryR(0, 0xFE, r); }
    public final void inc(Width w, Mem m) { unaryM(0, 0xFE, w, m); }
    public final void dec(Reg r) { unaryR(1, 0xFE, r); }
    public final void dec(Width w, Mem m) { unaryM(1, 0xFE, w, m); }
    public final void not(Reg r) { unaryR(NOT, 0xF6, r); }
    public final void not(Width w, Mem m) { unaryM(NOT, 0xF6, w, m); }
    public final void neg(Reg r) { unaryR(NEG, 0xF6, r); }
    public final void neg(Width w, Mem m) { unaryM(NEG, 0xF6, w, m); }
    /** Unsigned rdx:rax = rax * r (al/ax/eax for narrower widths). */
    public final void mul(Reg r) { unaryR(MUL, 0xF6, r); }
    public final void mul(Width w, Mem m) { unaryM(MUL, 0xF6, w, m); }
    /** Signed one-operand multiply, rdx:rax = rax * r. */
    public final void imul(Reg r) { unaryR(IMUL, 0xF6, r); }
    public final void imul(Width w, Mem m) { unaryM(IMUL, 0xF6, w, m); }
    public final void div(Reg r) { unaryR(DIV, 0xF6, r); }
    public final void div(Width w, Mem m) { unaryM(DIV, 0xF6, w, m); }
    public final void idiv(Reg r) { unaryR(IDIV, 0xF6, r); }
    public final void idiv(Width w, Mem m) { unaryM(IDIV, 0xF6, w, m); }

    private void unaryR(int ext, int opcode, Reg r) {
        Width w = r.width();
        enc.regReg(sizeFlags(w), wide(opcode, w), ext, r.code());
        text(UNARY[ext]).op(r).end();
    }

    private void unaryM(int ext, int opcode, Width w, Mem m) {
        enc.regMem(sizeFlags(w), wide(opcode, w), ext, m, 0);
        text(UNARY[ext]).op(w, m).end();
    }

    /** dst = dst * src, signed, 16/32/64-bit. */
    public final void imul(Reg dst, Reg src) {
        Width w = notByte("imul", sameWidth("imul", dst, src));
        enc.regReg(sizeFlags(w), 0x0FAF, dst.code(), src.code());
        text("imul").op(dst).op(src).end();
    }

    public final void imul(Reg dst, Mem src) {
        Width w = notByte("imul", dst);
        enc.regMem(sizeFlags(w), 0x0FAF, dst.code(), src, 0);
        text("imul").op(dst).op(src).end();
    }

    /** dst = src * imm: 6B with imm8 when it fits, else 69. */
    public final void imul(Reg dst, Reg src, int imm) {
        Width w = notByte("imul", sameWidth("imul", dst, src));
        checkImmediate("imul", w, imm);
        boolean short8 = fitsInt8(w, imm);
        enc.regReg(sizeFlags(w), short8 ? 0x6B : 0x69, dst.code(), src.code());
        enc.imm(short8 ? 1 : w.immediateBytes(), imm);
        text("imul").op(dst).op(src).imm(imm).end();
    }

    public final void imul(Reg dst, Mem src, int imm) {
        Width w = notByte("imul", dst);
        checkImmediate("imul", w, imm);
        int immBytes = fitsInt8(w, imm) ? 1 : w.immediateBytes();
        enc.regMem(sizeFlags(w), immBytes == 1 ? 0x6B : 0x69, dst.code(), src, immBytes);
        enc.imm(immBytes, imm);
        text("imul").op(dst).op(src).imm(imm).end();
    }

    /** Sign-extends eax into edx:eax. */
    public final void cdq() {
        enc.op(0, 0x99);
        text("cdq").end();
    }

    /** Sign-extends rax into rdx:rax. */
    public final void cqo() {
        enc.op(Encoder.REX_W, 0x99);
        text("cqo").end();
    }

    // ---- shifts and rotates: by an immediate (D1 for 1, C1 ib otherwise) or by cl ------------

    public final void shl(Reg r, int count) { shiftRI(SHL, r, count); }
    public final void shl(Width w, Mem m, int count) { shiftMI(SHL, w, m, count); }
    public final void shl(Reg r, Reg cl) { shiftRC(SHL, r, cl); }
    public final void shl(Width w, Mem m, Reg cl) { shiftMC(SHL, w, m, cl); }

    public final void shr(Reg r, int count) { shiftRI(SHR, r, count); }
    public final void shr(Width w, Mem m, int count) { shiftMI(SHR, w, m, count); }
    public final void shr(Reg r, Reg cl) { shiftRC(SHR, r, cl); }
    public final void shr(Width w, Mem m, Reg cl) { shiftMC(SHR, w, m, cl); }

    public final void sar(Reg r, int count) { shiftRI(SAR, r, count); }
    public final void sar(Width w, Mem m, int count) { shiftMI(SAR, w, m, count); }
    public final void sar(Reg r, Reg cl) { shiftRC(SAR, r, cl); }
    public final void sar(Width w, Mem m, Reg cl) { shiftMC(SAR, w, m, cl); }

    public final void rol(Reg r, int count) { shiftRI(ROL, r, count); }
    public final void rol(Width w, Mem m, int count) { shiftMI(ROL, w, m, count); }
    public final void rol(Reg r, Reg cl) { shiftRC(ROL, r, cl); }
    public final void rol(Width w, Mem m, Reg cl) { shiftMC(ROL, w, m, cl); }

    public final void ror(Reg r, int count) { shiftRI(ROR, r, count); }
    public final void ror(Width w, Mem m, int count) { shiftMI(ROR, w, m, count); }
    public final void ror(Reg r, Reg cl) { shiftRC(ROR, r, cl); }
    public final void ror(Width w, Mem m, Reg cl) { shiftMC(ROR, w, m, cl); }

    private void shiftRI(int ext, Reg r, int count) {
        Width w = r.width();
        checkRange(SHIFT[ext], count, 0, 255);
        enc.regReg(sizeFlags(w), wide(count == 1 ? 0xD0 : 0xC0, w), ext, r.code());
        if (count != 1) {
            enc.imm8(count);
        }
        text(SHIFT[ext]).op(r).imm(count).end();
    }

    private void shiftMI(int ext, Width w, Mem m, int count) {
        checkRange(SHIFT[ext], count, 0, 255);
        enc.regMem(sizeFlags(w), wide(count == 1 ? 0xD0 : 0xC0, w), ext, m, count == 1 ? 0 : 1);
        if (count != 1) {
            enc.imm8(count);
        }
        text(SHIFT[ext]).op(w, m).imm(count).end();
    }

    private void shiftRC(int ext, Reg r, Reg cl) {
        require(cl == Reg.CL, SHIFT[ext], "the count register is cl, not " + cl);
        Width w = r.width();
        enc.regReg(sizeFlags(w), wide(0xD2, w), ext, r.code());
        text(SHIFT[ext]).op(r).op(cl).end();
    }

    private void shiftMC(int ext, Width w, Mem m, Reg cl) {
        require(cl == Reg.CL, SHIFT[ext], "the count register is cl, not " + cl);
        enc.regMem(sizeFlags(w), wide(0xD2, w), ext, m, 0);
        text(SHIFT[ext]).op(w, m).op(cl).end();
    }

    // ---- bt ----------------------------------------------------------------------------------

    /** CF = bit {@code bit} of {@code r}. */
    public final void bt(Reg r, Reg bit) {
        Width w = notByte("bt", sameWidth("bt", r, bit));
        enc.regReg(sizeFlags(w), 0x0FA3, bit.code(), r.code());
        text("bt").op(r).op(bit).end();
    }

    public final void bt(Mem m, Reg bit) {
        Width w = notByte("bt", bit);
        enc.regMem(sizeFlags(w), 0x0FA3, bit.code(), m, 0);
        text("bt").op(m).op(bit).end();
    }

    public final void bt(Reg r, int bit) {
        Width w = notByte("bt", r);
        checkRange("bt", bit, 0, 255);
        enc.regReg(sizeFlags(w), 0x0FBA, 4, r.code());
        enc.imm8(bit);
        text("bt").op(r).imm(bit).end();
    }

    public final void bt(Width w, Mem m, int bit) {
        require(w != BYTE, "bt", "no 8-bit form");
        checkRange("bt", bit, 0, 255);
        enc.regMem(sizeFlags(w), 0x0FBA, 4, m, 1);
        enc.imm8(bit);
        text("bt").op(w, m).imm(bit).end();
    }
}
