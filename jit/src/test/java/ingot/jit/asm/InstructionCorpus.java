package ingot.jit.asm;

import static ingot.jit.asm.Width.BYTE;
import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;
import static ingot.jit.asm.Width.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks the assembler's API over every register, width, addressing form and edge-sized immediate
 * and displacement, one case per instruction (jump distances as blocks), into {@link Cases}.
 */
final class InstructionCorpus {
    static final Width[] WIDTHS = {BYTE, WORD, DWORD, QWORD};
    static final Width[] WIDE = {WORD, DWORD, QWORD};
    static final long[] IMMEDIATES = {
        0, 1, -1, 2, 5, 127, -128, 128, -129, 255, 256, -256, 32767, -32768, 32768, -32769, 65535, 65536,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFFFFFFL + 1, 0xFFFFFFFFL, 0x100000000L,
        (long) Integer.MIN_VALUE - 1, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL};
    static final int[] DISPLACEMENTS = {
        0, 1, -1, 127, -128, 128, -129, 32767, Integer.MAX_VALUE, Integer.MIN_VALUE};
    /** External symbols and the addresses the test gives them. */
    static final String[] SYMBOLS = {"ext_low", "ext_mid", "ext_high"};
    static final long[] SYMBOL_ADDRESSES = {0x100, 0x12345678L, 0x7FFF0000L};

    private final Assembler asm;
    private final Cases cases;
    private final Label ripBack;
    private final Label ripForward;
    private final Symbol[] symbols = new Symbol[SYMBOLS.length];
    private final List<Mem> allMems = new ArrayList<>();
    private final List<Mem> someMems = new ArrayList<>();
    private int labelCount;

    InstructionCorpus(Assembler asm, Cases cases) {
        this.asm = asm;
        this.cases = cases;
        for (int i = 0; i < SYMBOLS.length; i++) {
            symbols[i] = new Symbol(SYMBOLS[i]);
        }
        ripBack = asm.newLabel("rip_back");
        ripForward = asm.newLabel("rip_forward");
        buildMems();
    }

    /** Generates everything; returns nothing but fills the cases. */
    void generate() {
        asm.bind(ripBack);
        asm.dq(0x1122334455667788L);
        registerPairs();
        registerImmediates();
        memoryForms();
        unaryAndShifts();
        conditionals();
        stackAndAtomics();
        sse();
        system();
        control();
        jumps();
        data();
        asm.alignData(16);
        asm.bind(ripForward);
        asm.dq(-1);
        asm.finish();
    }

    // ---- operand sets -------------------------------------------------------------------------

    static Reg gpr(int n, Width w) {
        return Reg.of(n, w);
    }

    static boolean legal(Width w, long v) {
        if (w == BYTE) {
            return v >= -128 && v <= 255;
        }
        if (w == WORD) {
            return v >= -32768 && v <= 65535;
        }
        if (w == DWORD) {
            return v >= Integer.MIN_VALUE && v <= 0xFFFFFFFFL;
        }
        return v == (int) v;
    }

    private void buildMems() {
        for (int b = 0; b < 16; b++) {
            for (int d : DISPLACEMENTS) {
                allMems.add(Mem.at(gpr(b, QWORD), d));
            }
            for (int i = 0; i < 16; i++) {
                if (i == 4) {
                    continue;
                }
                for (int scale = 1; scale <= 8; scale *= 2) {
                    for (int d : new int[] {0, 127, -129}) {
                        allMems.add(Mem.at(gpr(b, QWORD), gpr(i, QWORD), scale, d));
                    }
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            if (i == 4) {
                continue;
            }
            for (int scale = 1; scale <= 8; scale *= 2) {
                for (int d : new int[] {0, -1, 128, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                    allMems.add(Mem.indexed(gpr(i, QWORD), scale, d));
                }
            }
        }
        for (int d : DISPLACEMENTS) {
            allMems.add(Mem.abs(d));
            allMems.add(Mem.rip(ripBack, d == Integer.MIN_VALUE ? -4096 : d % 100000));
            allMems.add(Mem.rip(ripForward, d == Integer.MAX_VALUE ? 4096 : d % 100000));
        }
        for (Symbol s : symbols) {
            allMems.add(Mem.rip(s, 0));
            allMems.add(Mem.rip(s, -8));
        }
        // the representative set: every base with a rotating displacement, the special bases
        // rsp/r12 (SIB) and rbp/r13 (displacement), r12/r13 as index, no base, abs, rip
        for (int b = 0; b < 16; b++) {
            someMems.add(Mem.at(gpr(b, QWORD), DISPLACEMENTS[b % DISPLACEMENTS.length]));
        }
        for (int b : new int[] {4, 5, 12, 13}) {
            someMems.add(Mem.at(gpr(b, QWORD)));
            someMems.add(Mem.at(gpr(b, QWORD), gpr(b == 4 ? 5 : b, QWORD), 8, -128));
        }
        someMems.add(Mem.at(Reg.RAX, Reg.R12, 4, 128));
        someMems.add(Mem.at(Reg.R13, Reg.R13, 1, 0));
        someMems.add(Mem.at(Reg.R9, Reg.R15, 2, Integer.MIN_VALUE));
        someMems.add(Mem.indexed(Reg.RCX, 2, 8));
        someMems.add(Mem.indexed(Reg.R12, 1, -1));
        someMems.add(Mem.abs(0x1000));
        someMems.add(Mem.rip(ripBack, 8));
        someMems.add(Mem.rip(ripForward, -4));
        someMems.add(Mem.rip(symbols[1], 16));
    }

    // ---- register-register forms --------------------------------------------------------------

    private void registerPairs() {
        for (Width w : WIDTHS) {
            for (int a = 0; a < 16; a++) {
                for (int b = 0; b < 16; b++) {
                    Reg x = gpr(a, w);
                    Reg y = gpr(b, w);
                    cases.one(() -> asm.mov(x, y));
                    cases.one(() -> asm.add(x, y));
                    cases.one(() -> asm.or(x, y));
                    cases.one(() -> asm.adc(x, y));
                    cases.one(() -> asm.sbb(x, y));
                    cases.one(() -> asm.and(x, y));
                    cases.one(() -> asm.sub(x, y));
                    cases.one(() -> asm.xor(x, y));
                    cases.one(() -> asm.cmp(x, y));
                    cases.one(() -> asm.test(x, y));
                    cases.one(() -> asm.xchg(x, y));
                    if (w != BYTE) {
                        cases.one(() -> asm.imul(x, y));
                        cases.one(() -> asm.bt(x, y));
                        Cond cc = Cond.of((a + b) & 15);
                        cases.one(() -> asm.cmov(cc, x, y));
                    }
                }
            }
        }
        for (int a = 0; a < 16; a++) {
            for (int b = 0; b < 16; b++) {
                extensions(a, b);
            }
        }
    }

    private void extensions(int a, int b) {
        Width[][] pairs = {{WORD, BYTE}, {DWORD, BYTE}, {QWORD, BYTE}, {DWORD, WORD}, {QWORD, WORD}};
        for (Width[] p : pairs) {
            Reg dst = gpr(a, p[0]);
            Reg src = gpr(b, p[1]);
            cases.one(() -> asm.movzx(dst, src));
            cases.one(() -> asm.movsx(dst, src));
        }
        cases.one(() -> asm.movsxd(gpr(a, QWORD), gpr(b, DWORD)));
    }

    // ---- register-immediate forms -------------------------------------------------------------

    private void registerImmediates() {
        for (Width w : WIDTHS) {
            for (int n = 0; n < 16; n++) {
                Reg r = gpr(n, w);
                for (long v : IMMEDIATES) {
                    if (w == QWORD || legal(w, v)) {
                        cases.one(() -> asm.mov(r, v));
                    }
                    if (!legal(w, v)) {
                        continue;
                    }
                    int imm = (int) v;
                    cases.one(() -> asm.add(r, imm));
                    cases.one(() -> asm.or(r, imm));
                    cases.one(() -> asm.adc(r, imm));
                    cases.one(() -> asm.sbb(r, imm));
                    cases.one(() -> asm.and(r, imm));
                    cases.one(() -> asm.sub(r, imm));
                    cases.one(() -> asm.xor(r, imm));
                    cases.one(() -> asm.cmp(r, imm));
                    cases.one(() -> asm.test(r, imm));
                    if (w != BYTE) {
                        Reg src = gpr((n + 5) & 15, w);
                        cases.one(() -> asm.imul(r, src, imm));
                    }
                }
            }
        }
        for (int n = 0; n < 16; n++) {
            Reg r = gpr(n, QWORD);
            long pattern = n * 0x0101010101010101L;
            cases.one(() -> asm.movabs(r, pattern));
            cases.one(() -> asm.movabs(r, -pattern));
            for (int bit : new int[] {0, 1, 15, 31, 63, 255}) {
                for (Width w : WIDE) {
                    Reg wr = r.as(w);
                    cases.one(() -> asm.bt(wr, bit));
                }
            }
        }
        for (long v : IMMEDIATES) {
            if (v == (int) v) {
                cases.one(() -> asm.push((int) v));
            }
        }
    }

    // ---- memory forms -------------------------------------------------------------------------

    private void memoryForms() {
        int k = 0;
        for (Mem m : allMems) {
            Width w = WIDTHS[k & 3];
            Reg r = gpr(k % 16, w);
            Reg wideReg = gpr((k * 7) % 16, WIDE[k % 3]);
            cases.one(() -> asm.mov(r, m));
            cases.one(() -> asm.mov(m, r));
            cases.one(() -> asm.lea(wideReg, m));
            cases.one(() -> asm.add(r, m));
            k++;
        }
        for (Mem m : someMems) {
            memoryFormsOf(m);
        }
    }

    private void memoryFormsOf(Mem m) {
        for (Width w : WIDTHS) {
            for (int n : new int[] {0, 3, 4, 7, 8, 13, 15}) {
                Reg r = gpr(n, w);
                cases.one(() -> asm.mov(r, m));
                cases.one(() -> asm.mov(m, r));
                cases.one(() -> asm.or(r, m));
                cases.one(() -> asm.adc(m, r));
                cases.one(() -> asm.sbb(r, m));
                cases.one(() -> asm.and(m, r));
                cases.one(() -> asm.sub(r, m));
                cases.one(() -> asm.xor(m, r));
                cases.one(() -> asm.cmp(r, m));
                cases.one(() -> asm.cmp(m, r));
                cases.one(() -> asm.test(m, r));
                cases.one(() -> asm.xchg(m, r));
                cases.one(() -> asm.lockCmpxchg(m, r));
                cases.one(() -> asm.lockXadd(m, r));
                if (w != BYTE) {
                    cases.one(() -> asm.imul(r, m));
                    cases.one(() -> asm.imul(r, m, 3));
                    cases.one(() -> asm.imul(r, m, -300));
                    cases.one(() -> asm.bt(m, r));
                    cases.one(() -> asm.cmov(Cond.of(n), r, m));
                    cases.one(() -> asm.lea(r, m));
                }
            }
            for (long v : IMMEDIATES) {
                if (legal(w, v)) {
                    int imm = (int) v;
                    cases.one(() -> asm.mov(w, m, imm));
                    cases.one(() -> asm.add(w, m, imm));
                    cases.one(() -> asm.or(w, m, imm));
                    cases.one(() -> asm.and(w, m, imm));
                    cases.one(() -> asm.cmp(w, m, imm));
                    cases.one(() -> asm.test(w, m, imm));
                }
            }
            int big = w == BYTE ? 200 : -1000;
            cases.one(() -> asm.adc(w, m, 7));
            cases.one(() -> asm.sbb(w, m, big));
            cases.one(() -> asm.sub(w, m, 100));
            cases.one(() -> asm.xor(w, m, -2));
        }
        for (Width src : new Width[] {BYTE, WORD}) {
            for (Width dst : WIDE) {
                if (dst.bytes() > src.bytes()) {
                    cases.one(() -> asm.movzx(gpr(9, dst), src, m));
                    cases.one(() -> asm.movsx(gpr(2, dst), src, m));
                }
            }
        }
        cases.one(() -> asm.movsxd(Reg.R14, m));
        cases.one(() -> asm.movsxd(Reg.RAX, m));
        for (Width w : WIDE) {
            for (int bit : new int[] {0, 7, 255}) {
                cases.one(() -> asm.bt(w, m, bit));
            }
        }
    }

    // ---- unary, shifts ------------------------------------------------------------------------

    private void unaryAndShifts() {
        for (Width w : WIDTHS) {
            for (int n = 0; n < 16; n++) {
                Reg r = gpr(n, w);
                cases.one(() -> asm.inc(r));
                cases.one(() -> asm.dec(r));
                cases.one(() -> asm.not(r));
                cases.one(() -> asm.neg(r));
                cases.one(() -> asm.mul(r));
                cases.one(() -> asm.imul(r));
                cases.one(() -> asm.div(r));
                cases.one(() -> asm.idiv(r));
                for (int count : new int[] {0, 1, 2, 31, 63, 255}) {
                    cases.one(() -> asm.shl(r, count));
                    cases.one(() -> asm.shr(r, count));
                    cases.one(() -> asm.sar(r, count));
                    cases.one(() -> asm.rol(r, count));
                    cases.one(() -> asm.ror(r, count));
                }
                cases.one(() -> asm.shl(r, Reg.CL));
                cases.one(() -> asm.shr(r, Reg.CL));
                cases.one(() -> asm.sar(r, Reg.CL));
                cases.one(() -> asm.rol(r, Reg.CL));
                cases.one(() -> asm.ror(r, Reg.CL));
            }
            for (Mem m : someMems) {
                cases.one(() -> asm.inc(w, m));
                cases.one(() -> asm.dec(w, m));
                cases.one(() -> asm.not(w, m));
                cases.one(() -> asm.neg(w, m));
                cases.one(() -> asm.mul(w, m));
                cases.one(() -> asm.imul(w, m));
                cases.one(() -> asm.div(w, m));
                cases.one(() -> asm.idiv(w, m));
                for (int count : new int[] {1, 3}) {
                    cases.one(() -> asm.shl(w, m, count));
                    cases.one(() -> asm.shr(w, m, count));
                    cases.one(() -> asm.sar(w, m, count));
                    cases.one(() -> asm.rol(w, m, count));
                    cases.one(() -> asm.ror(w, m, count));
                }
                cases.one(() -> asm.shl(w, m, Reg.CL));
                cases.one(() -> asm.shr(w, m, Reg.CL));
                cases.one(() -> asm.sar(w, m, Reg.CL));
                cases.one(() -> asm.rol(w, m, Reg.CL));
                cases.one(() -> asm.ror(w, m, Reg.CL));
            }
        }
        cases.one(asm::cdq);
        cases.one(asm::cqo);
    }

    // ---- setcc, cmovcc ------------------------------------------------------------------------

    private void conditionals() {
        for (int c = 0; c < 16; c++) {
            Cond cc = Cond.of(c);
            for (int n = 0; n < 16; n++) {
                Reg r = gpr(n, BYTE);
                cases.one(() -> asm.set(cc, r));
                for (Width w : WIDE) {
                    Reg dst = gpr(n, w);
                    Reg src = gpr(15 - n, w);
                    cases.one(() -> asm.cmov(cc, dst, src));
                }
            }
            for (Mem m : someMems) {
                cases.one(() -> asm.set(cc, m));
            }
        }
    }

    // ---- push, pop ----------------------------------------------------------------------------

    private void stackAndAtomics() {
        for (int n = 0; n < 16; n++) {
            Reg r = gpr(n, QWORD);
            cases.one(() -> asm.push(r));
            cases.one(() -> asm.pop(r));
        }
        for (Mem m : someMems) {
            cases.one(() -> asm.push(m));
            cases.one(() -> asm.pop(m));
        }
    }

    // ---- SSE2 scalar --------------------------------------------------------------------------

    private void sse() {
        for (int a = 0; a < 16; a++) {
            for (int b = 0; b < 16; b++) {
                Xmm x = Xmm.of(a);
                Xmm y = Xmm.of(b);
                cases.one(() -> asm.movss(x, y));
                cases.one(() -> asm.movsd(x, y));
                cases.one(() -> asm.addsd(x, y));
                cases.one(() -> asm.subsd(x, y));
                cases.one(() -> asm.mulsd(x, y));
                cases.one(() -> asm.divsd(x, y));
                cases.one(() -> asm.sqrtsd(x, y));
                cases.one(() -> asm.addss(x, y));
                cases.one(() -> asm.subss(x, y));
                cases.one(() -> asm.mulss(x, y));
                cases.one(() -> asm.divss(x, y));
                cases.one(() -> asm.sqrtss(x, y));
                cases.one(() -> asm.ucomisd(x, y));
                cases.one(() -> asm.ucomiss(x, y));
                cases.one(() -> asm.xorpd(x, y));
                cases.one(() -> asm.xorps(x, y));
                cases.one(() -> asm.andpd(x, y));
                cases.one(() -> asm.andps(x, y));
                cases.one(() -> asm.cvtsd2ss(x, y));
                cases.one(() -> asm.cvtss2sd(x, y));
                Reg r32 = gpr(b, DWORD);
                Reg r64 = gpr(b, QWORD);
                cases.one(() -> asm.movd(x, r32));
                cases.one(() -> asm.movd(r32, x));
                cases.one(() -> asm.movq(x, r64));
                cases.one(() -> asm.movq(r64, x));
                cases.one(() -> asm.cvtsi2sd(x, r32));
                cases.one(() -> asm.cvtsi2sd(x, r64));
                cases.one(() -> asm.cvtsi2ss(x, r32));
                cases.one(() -> asm.cvtsi2ss(x, r64));
                cases.one(() -> asm.cvttsd2si(r32, x));
                cases.one(() -> asm.cvttsd2si(r64, x));
                cases.one(() -> asm.cvttss2si(r32, x));
                cases.one(() -> asm.cvttss2si(r64, x));
            }
        }
        int k = 0;
        for (Mem m : someMems) {
            Xmm x = Xmm.of(k++ & 15);
            Reg r = gpr(k & 15, (k & 1) == 0 ? DWORD : QWORD);
            cases.one(() -> asm.movss(x, m));
            cases.one(() -> asm.movss(m, x));
            cases.one(() -> asm.movsd(x, m));
            cases.one(() -> asm.movsd(m, x));
            cases.one(() -> asm.addsd(x, m));
            cases.one(() -> asm.subsd(x, m));
            cases.one(() -> asm.mulsd(x, m));
            cases.one(() -> asm.divsd(x, m));
            cases.one(() -> asm.sqrtsd(x, m));
            cases.one(() -> asm.addss(x, m));
            cases.one(() -> asm.subss(x, m));
            cases.one(() -> asm.mulss(x, m));
            cases.one(() -> asm.divss(x, m));
            cases.one(() -> asm.sqrtss(x, m));
            cases.one(() -> asm.ucomisd(x, m));
            cases.one(() -> asm.ucomiss(x, m));
            cases.one(() -> asm.xorpd(x, m));
            cases.one(() -> asm.xorps(x, m));
            cases.one(() -> asm.andpd(x, m));
            cases.one(() -> asm.andps(x, m));
            cases.one(() -> asm.cvtsd2ss(x, m));
            cases.one(() -> asm.cvtss2sd(x, m));
            cases.one(() -> asm.cvtsi2sd(x, DWORD, m));
            cases.one(() -> asm.cvtsi2sd(x, QWORD, m));
            cases.one(() -> asm.cvtsi2ss(x, DWORD, m));
            cases.one(() -> asm.cvtsi2ss(x, QWORD, m));
            cases.one(() -> asm.cvttsd2si(r, m));
            cases.one(() -> asm.cvttss2si(r, m));
        }
    }

    // ---- system -------------------------------------------------------------------------------

    private void system() {
        cases.one(asm::mfence);
        cases.one(asm::lfence);
        cases.one(asm::sfence);
        cases.one(asm::pause);
        cases.one(asm::int3);
        cases.one(asm::ud2);
        cases.one(asm::cpuid);
        cases.one(asm::rdtsc);
        cases.one(asm::rdmsr);
        cases.one(asm::wrmsr);
        cases.one(asm::hlt);
        cases.one(asm::cli);
        cases.one(asm::sti);
        cases.one(asm::iretq);
        cases.one(asm::ret);
        cases.one(asm::nop);
        for (int length = 1; length <= AssemblerCore.MAX_NOP; length++) {
            int l = length;
            cases.one(() -> asm.nop(l));
        }
        for (Mem m : someMems) {
            cases.one(() -> asm.lgdt(m));
            cases.one(() -> asm.lidt(m));
        }
        ControlReg[] crs = {ControlReg.CR0, ControlReg.CR2, ControlReg.CR3, ControlReg.CR4};
        for (ControlReg cr : crs) {
            for (int n = 0; n < 16; n++) {
                Reg r = gpr(n, QWORD);
                cases.one(() -> asm.mov(r, cr));
                cases.one(() -> asm.mov(cr, r));
            }
        }
        for (Width w : new Width[] {BYTE, WORD, DWORD}) {
            Reg acc = gpr(0, w);
            for (int port : new int[] {0, 0x60, 0x80, 0xE9, 255}) {
                cases.one(() -> asm.in(acc, port));
                cases.one(() -> asm.out(port, acc));
            }
            cases.one(() -> asm.in(acc, Reg.DX));
            cases.one(() -> asm.out(Reg.DX, acc));
        }
    }

    // ---- calls and indirect jumps -------------------------------------------------------------

    private void control() {
        for (int n = 0; n < 16; n++) {
            Reg r = gpr(n, QWORD);
            cases.one(() -> asm.call(r));
            cases.one(() -> asm.jmp(r));
        }
        for (Mem m : someMems) {
            cases.one(() -> asm.call(m));
            cases.one(() -> asm.jmp(m));
        }
        for (Symbol s : symbols) {
            cases.one(() -> asm.call(s));
            cases.one(() -> asm.jmp(s));
        }
        cases.one(() -> asm.call(ripBack));
        cases.one(() -> asm.call(ripForward));
        cases.one(() -> asm.jmp(ripForward));
        cases.one(() -> asm.jmp(ripBack));
        cases.one(() -> asm.jcc(Cond.NE, ripForward));
        cases.one(() -> asm.jcc(Cond.LE, ripBack));
    }

    // ---- jumps across the short/near boundary, both directions -------------------------------

    private Label backLabel() {
        return asm.newLabel("back" + ++labelCount);
    }

    private Label label() {
        return asm.newLabel("fwd" + ++labelCount);
    }

    private void fill(int n) {
        byte[] filler = new byte[n];
        java.util.Arrays.fill(filler, (byte) 0x90);
        asm.db(filler, 0, n);
    }

    /** A block: label, {@code fill} bytes, then the jump back to the label. */
    private void backward(int fill, Consumer<Label> jump) {
        cases.block(1, () -> {
            Label l = backLabel();
            asm.bind(l);
            fill(fill);
            jump.accept(l);
        });
    }

    /** A block: the jump, {@code fill} bytes, then its label. */
    private void forward(int fill, Consumer<Label> jump) {
        cases.block(1, () -> {
            Label l = label();
            jump.accept(l);
            fill(fill);
            asm.bind(l);
        });
    }

    private void jumps() {
        // backward, size chosen by the assembler: short for n <= 126 bytes between, near above
        for (int n = 110; n <= 145; n++) {
            backward(n, asm::jmp);
            for (int c = 0; c < 16; c++) {
                Cond cc = Cond.of(c);
                backward(n, l -> asm.jcc(cc, l));
            }
        }
        for (int n : new int[] {0, 1, 60, 300, 900}) {
            backward(n, asm::jmp);
            backward(n, l -> asm.jcc(Cond.A, l));
        }
        // forward: near by default, short on request up to 127 bytes
        for (int n = 110; n <= 145; n++) {
            Cond cc = Cond.of(n & 15);
            forward(n, asm::jmp);
            forward(n, l -> asm.jcc(cc, l));
            forward(n, asm::jmpNear);
            forward(n, l -> asm.jccNear(Cond.B, l));
        }
        for (int n : new int[] {0, 1, 2, 100, 124, 125, 126, 127}) {
            forward(n, asm::jmpShort);
            for (int c = 0; c < 16; c++) {
                Cond cc = Cond.of(c);
                forward(n, l -> asm.jccShort(cc, l));
            }
        }
        // explicit sizes backward
        for (int n : new int[] {0, 1, 125, 126}) {
            cases.block(4, () -> {
                Label l = label();
                asm.bind(l);
                fill(n);
                asm.jmpShort(l);
                asm.jmpNear(l);
                asm.jccNear(Cond.E, l);
                asm.call(l);
            });
        }
        for (int n : new int[] {0, 5, 200}) {
            cases.block(2, () -> {
                Label l = label();
                asm.call(l);
                fill(n);
                asm.bind(l);
                asm.jmp(l);
            });
        }
        // a label bound before its use at distance 0, and a jump to itself
        cases.block(2, () -> {
            Label l = backLabel();
            asm.bind(l);
            asm.jmp(l);
            asm.jcc(Cond.O, l);
        });
        ripWithImmediates();
        cases.block(3, () -> {
            asm.alignCode(64);
            Label loop = backLabel();
            asm.bind(loop);
            asm.nop(3);
            asm.alignCode(16);
            asm.jcc(Cond.NE, loop);
        });
    }

    /** RIP-relative operands followed by an immediate: the displacement counts from the end. */
    private void ripWithImmediates() {
        for (Label l : new Label[] {ripBack, ripForward}) {
            Mem m = Mem.rip(l, 2);
            cases.one(() -> asm.mov(QWORD, m, -5));
            cases.one(() -> asm.mov(WORD, m, 1000));
            cases.one(() -> asm.mov(BYTE, m, 7));
            cases.one(() -> asm.add(DWORD, m, 100000));
            cases.one(() -> asm.cmp(BYTE, m, 200));
            cases.one(() -> asm.test(WORD, m, 300));
            cases.one(() -> asm.shl(QWORD, m, 3));
            cases.one(() -> asm.imul(Reg.R10, m, 1000));
            cases.one(() -> asm.imul(Reg.R10W, m, 1000));
            cases.one(() -> asm.bt(WORD, m, 3));
        }
        for (Symbol s : symbols) {
            Mem m = Mem.rip(s, 4);
            cases.one(() -> asm.mov(DWORD, m, 123456));
            cases.one(() -> asm.cmp(QWORD, m, 1));
        }
    }

    // ---- data ---------------------------------------------------------------------------------

    private void data() {
        for (long v : IMMEDIATES) {
            cases.block(0, () -> {
                if (legal(BYTE, v)) {
                    asm.db((int) v);
                }
                if (legal(WORD, v)) {
                    asm.dw((int) v);
                }
                asm.dd((int) v);
                asm.dq(v);
            });
        }
        cases.block(0, () -> {
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            asm.db(all, 0, 256);
            asm.db(all, 250, 6);
        });
        cases.block(0, () -> {
            asm.dq(ripBack);
            asm.dq(ripForward);
            for (Symbol s : symbols) {
                asm.dq(s, 0);
                asm.dq(s, 24);
                asm.dq(s, -8);
            }
        });
        // a position-independent jump table: entries relative to its start
        cases.block(0, () -> {
            Label table = label();
            Label before = label();
            Label after = label();
            asm.bind(before);
            asm.db(1);
            asm.bind(table);
            asm.ddDelta(before, table);
            asm.ddDelta(after, table);
            asm.ddDelta(table, table);
            asm.ddDelta(ripForward, ripBack);
            asm.dw(2);
            asm.bind(after);
            asm.alignData(8);
            asm.dq(3);
        });
        cases.block(0, () -> {
            Label late = label();
            Label base = label();
            asm.ddDelta(late, base);
            asm.db(7);
            asm.bind(base);
            asm.db(8);
            asm.bind(late);
        });
    }

    /** The symbol definitions for NASM: each at its address in a -f bin file with org 0. */
    static String symbolDefinitions() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < SYMBOLS.length; i++) {
            b.append(SYMBOLS[i]).append(" equ $$+").append(SYMBOL_ADDRESSES[i]).append('\n');
        }
        return b.toString();
    }

    static long addressOf(Symbol s) {
        for (int i = 0; i < SYMBOLS.length; i++) {
            if (SYMBOLS[i].equals(s.name())) {
                return SYMBOL_ADDRESSES[i];
            }
        }
        throw new IllegalArgumentException("unknown symbol " + s);
    }
}
