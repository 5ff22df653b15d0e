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
        checkShortReach("jmp", target, 2);
        enc.op(0, 0xEB);
        code.emitRel8(target);
        text("jmp").target(SHORT, target.name()).end();
    }

    /** E9 rel32. */
    public final void jmpNear(Label target) {
        code.checkOwner(target);
        enc.op(0, 0xE9);
        code.emitRel32(target, 0, 0);
        text("jmp").target(NEAR, target.name()).end();
    }

    /** E9 rel32 to an outside symbol (a {@link Relocation#PC32}). */
    public final void jmp(Symbol target) {
        enc.op(0, 0xE9);
        code.emitSymbolPc32(target, -4);
        text("jmp").target(NEAR, target.name()).end();
    }

    public final void jmp(Reg target) {
        require(target.width() == QWORD, "jmp", "takes a 64-bit register, not " + target);
        enc.regReg(0, 0xFF, 4, target.code());
        text("jmp").op(target).end();
    }

    public final void jmp(Mem target) {
        enc.regMem(0, 0xFF, 4, target, 0);
        text("jmp").op(QWORD, target).end();
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
        checkShortReach(cc.jump, target, 2);
        enc.op(0, 0x70 + cc.code());
        code.emitRel8(target);
        text(cc.jump).target(SHORT, target.name()).end();
    }

    /** 0F 80+cc rel32. */
    public final void jccNear(Cond cc, Label target) {
        code.checkOwner(target);
        enc.op(0, 0x0F80 + cc.code());
        code.emitRel32(target, 0, 0);
        text(cc.jump).target(NEAR, target.name()).end();
    }

    private void checkShortReach(String mnemonic, Label target, int length) {
        code.checkOwner(target);
        if (target.isBound() && !code.reachesShort(target, length)) {
            throw new IllegalStateException(mnemonic + " short: " + target + " is out of rel8 reach");
        }
    }

    // ---- call, ret ---------------------------------------------------------------------------

    /** E8 rel32 to a label. */
    public final void call(Label target) {
        code.checkOwner(target);
        enc.op(0, 0xE8);
        code.emitRel32(target, 0, 0);
        text("call").target(null, target.name()).end();
    }

    /** E8 rel32 to an outside symbol (a {@link Relocation#PC32}). */
    public final void call(Symbol target) {
        enc.op(0, 0xE8);
        code.emitSymbolPc32(target, -4);
        text("call").target(null, target.name()).end();
    }

    public final void call(Reg target) {
        require(target.width() == QWORD, "call", "takes a 64-bit register, not " + target);
        enc.regReg(0, 0xFF, 2, target.code());
        text("call").op(target).end();
    }

    public final void call(Mem target) {
        enc.regMem(0, 0xFF, 2, target, 0);
        text("call").op(QWORD, target).end();
    }

    public final void ret() {
        enc.op(0, 0xC3);
        text("ret").end();
    }
}
