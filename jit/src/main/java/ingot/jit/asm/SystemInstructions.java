package ingot.jit.asm;

import static ingot.jit.asm.Width.QWORD;

/**
 * What the VM needs from the processor: fences, pause, traps, cpuid, rdtsc, MSRs, port I/O,
 * hlt, cli/sti, lgdt/lidt, the control registers and iretq. All are fixed encodings or nearly so.
 */
public abstract class SystemInstructions extends ControlInstructions {
    SystemInstructions(NasmWriter nasm, String labelPrefix) {
        super(nasm, labelPrefix);
    }

    public final void mfence() { fixed("mfence", 0, 0x0FAEF0); }
    public final void lfence() { fixed("lfence", 0, 0x0FAEE8); }
    public final void sfence() { fixed("sfence", 0, 0x0FAEF8); }
    public final void pause() { fixed("pause", Encoder.REP, 0x90); }
    public final void int3() { fixed("int3", 0, 0xCC); }
    public final void ud2() { fixed("ud2", 0, 0x0F0B); }
    public final void cpuid() { fixed("cpuid", 0, 0x0FA2); }
    public final void rdtsc() { fixed("rdtsc", 0, 0x0F31); }
    /** edx:eax = MSR[ecx]. */
    public final void rdmsr() { fixed("rdmsr", 0, 0x0F32); }
    /** MSR[ecx] = edx:eax. */
    public final void wrmsr() { fixed("wrmsr", 0, 0x0F30); }
    public final void hlt() { fixed("hlt", 0, 0xF4); }
    public final void cli() { fixed("cli", 0, 0xFA); }
    public final void sti() { fixed("sti", 0, 0xFB); }
    public final void iretq() { fixed("iretq", Encoder.REX_W, 0xCF); }

    private void fixed(String mnemonic, int flags, int opcode) {
        enc.op(flags, opcode);
        text(mnemonic).end();
    }

    /** Loads the GDT register from the 10-byte limit and base at {@code m}. */
    public final void lgdt(Mem m) {
        enc.regMem(0, 0x0F01, 2, m, 0);
        text("lgdt").op(m).end();
    }

    /** Loads the IDT register from the 10-byte limit and base at {@code m}. */
    public final void lidt(Mem m) {
        enc.regMem(0, 0x0F01, 3, m, 0);
        text("lidt").op(m).end();
    }

    /** mov r64, crN. */
    public final void mov(Reg dst, ControlReg src) {
        require(dst.width() == QWORD, "mov", "control registers move through 64-bit registers, not " + dst);
        enc.regReg(0, 0x0F20, src.number(), dst.code());
        text("mov").op(dst).op(src).end();
    }

    /** mov crN, r64. */
    public final void mov(ControlReg dst, Reg src) {
        require(src.width() == QWORD, "mov", "control registers move through 64-bit registers, not " + src);
        enc.regReg(0, 0x0F22, dst.number(), src.code());
        text("mov").op(dst).op(src).end();
    }

    // ---- port I/O: al/ax/eax with an 8-bit port number or the port in dx ---------------------

    public final void in(Reg acc, int port) {
        portImmediate("in", 0xE4, acc, port);
        text("in").op(acc).imm(port).end();
    }

    public final void in(Reg acc, Reg dx) {
        portDx("in", 0xEC, acc, dx);
        text("in").op(acc).op(dx).end();
    }

    public final void out(int port, Reg acc) {
        portImmediate("out", 0xE6, acc, port);
        text("out").imm(port).op(acc).end();
    }

    public final void out(Reg dx, Reg acc) {
        portDx("out", 0xEE, acc, dx);
        text("out").op(dx).op(acc).end();
    }

    private void portImmediate(String mnemonic, int opcode, Reg acc, int port) {
        checkAccumulator(mnemonic, acc);
        checkRange(mnemonic, port, 0, 255);
        enc.op(sizeFlags(acc.width()), wide(opcode, acc.width()));
        enc.imm8(port);
    }

    private void portDx(String mnemonic, int opcode, Reg acc, Reg dx) {
        checkAccumulator(mnemonic, acc);
        require(dx == Reg.DX, mnemonic, "the port register is dx, not " + dx);
        enc.op(sizeFlags(acc.width()), wide(opcode, acc.width()));
    }

    private static void checkAccumulator(String mnemonic, Reg acc) {
        boolean ok = acc.number() == 0 && acc.width() != QWORD;
        require(ok, mnemonic, "transfers through al, ax or eax, not " + acc);
    }
}
