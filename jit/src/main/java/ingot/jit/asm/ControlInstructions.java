package ingot.jit.asm;

import static ingot.jit.asm.Width.QWORD;

/**
 * Control flow: jmp, jcc, call and ret. The jump size rule: a jump to a bound (backward) label is
 * short when its rel8 reaches, else near; a jump to an unbound (forward) label is near, unless
 * the caller asks for {@code jmpShort}/{@code jccShort}, whose reach is checked when the label is
 * bound. The NASM text always names the chosen size ({@code jmp short L1}, {@code jne near L2}).
 */
public abstract class ControlInstructions extends MoveInstructions {
    private static final String SHORT = "short";
    private static final String NEAR = "near";

    ControlInstructions(NasmWriter nasm, String labelPrefix) {
        super(nasm, labelPrefix);
    }

    // ---- jmp ---------------------------------------------------------------------------------

    /** Short when {@code target} is bound and within rel8, else near. */
    public final void jmp(Label target) {
        if (code.reachesShort(target, 2)) {
            jmpShort(target);
        } else {
            jmpNear(target);
        }
    }

    /**
     * EB rel8.
     *
     * @throws IllegalStateException when the target is (or, once bound, turns out) out of rel8 reach
     */
    public final void jmpShort(Label target) {
        rel8("jmp", 0xEB, target);
    }

    /** E9 rel32. */
    public final void jmpNear(Label target) {
        rel32("jmp", 0xE9, NEAR, target);
    }

    /** E9 rel32 to an outside symbol (a {@link Relocation#PC32}). */
    public final void jmp(Symbol target) {
        rel32("jmp", 0xE9, NEAR, target);
    }

    public final void jmp(Reg target) {
        indirect("jmp", 4, target);
    }

    public final void jmp(Mem target) {
        indirect("jmp", 4, target);
    }

    // ---- jcc ---------------------------------------------------------------------------------

    /** Short when {@code target} is bound and within rel8, else near. */
    public final void jcc(Cond cc, Label target) {
        if (code.reachesShort(target, 2)) {
            jccShort(cc, target);
        } else {
            jccNear(cc, target);
        }
    }

    /** 70+cc rel8. @throws IllegalStateException when out of rel8 reach */
    public final void jccShort(Cond cc, Label target) {
        rel8(cc.jump, 0x70 + cc.code(), target);
    }

    /** 0F 80+cc rel32. */
    public final void jccNear(Cond cc, Label target) {
        rel32(cc.jump, 0x0F80 + cc.code(), NEAR, target);
    }

    // ---- call, ret ---------------------------------------------------------------------------

    /** E8 rel32 to a label. */
    public final void call(Label target) {
        rel32("call", 0xE8, null, target);
    }

    /** E8 rel32 to an outside symbol (a {@link Relocation#PC32}). */
    public final void call(Symbol target) {
        rel32("call", 0xE8, null, target);
    }

    public final void call(Reg target) {
        indirect("call", 2, target);
    }

    public final void call(Mem target) {
        indirect("call", 2, target);
    }

    public final void ret() {
        enc.op(0, 0xC3);
        text("ret").end();
    }

    // ---- the shared forms --------------------------------------------------------------------

    private void rel8(String mnemonic, int opcode, Label target) {
        code.checkOwner(target);
        if (target.isBound() && !code.reachesShort(target, 2)) {
            throw new IllegalStateException(mnemonic + " short: " + target + " is out of rel8 reach");
        }
        enc.op(0, opcode);
        code.emitRel8(target);
        text(mnemonic).target(SHORT, target.name()).end();
    }

    private void rel32(String mnemonic, int opcode, String size, Label target) {
        code.checkOwner(target);
        enc.op(0, opcode);
        code.emitRel32(target, 0, 0);
        text(mnemonic).target(size, target.name()).end();
    }

    private void rel32(String mnemonic, int opcode, String size, Symbol target) {
        enc.op(0, opcode);
        code.emitSymbolPc32(target, -4);
        text(mnemonic).target(size, target.name()).end();
    }

    /** FF /ext through a 64-bit register. */
    private void indirect(String mnemonic, int ext, Reg target) {
        require(target.width() == QWORD, mnemonic, "takes a 64-bit register, not " + target);
        enc.regReg(0, 0xFF, ext, target.code());
        text(mnemonic).op(target).end();
    }

    /** FF /ext through a qword in memory. */
    private void indirect(String mnemonic, int ext, Mem target) {
        enc.regMem(0, 0xFF, ext, target, 0);
        text(mnemonic).op(QWORD, target).end();
    }
}
