package ingot.jit.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad operands throw IllegalArgumentException before anything is written; label misuse IllegalStateException. */
class AssemblerErrorsTest {
    private final NasmWriter nasm = new NasmWriter();
    private final Assembler asm = new Assembler(nasm);

    private void rejects(Class<? extends RuntimeException> type, Executable call) {
        int position = asm.position();
        int text = nasm.length();
        assertThrows(type, call);
        assertEquals(position, asm.position(), "no bytes written");
        assertEquals(text, nasm.length(), "no text written");
    }

    private void rejects(Executable call) {
        rejects(IllegalArgumentException.class, call);
    }

    @Test
    void mixedWidthsAreRejected() {
        rejects(() -> asm.add(Reg.RAX, Reg.ECX));
        rejects(() -> asm.mov(Reg.AL, Reg.AX));
        rejects(() -> asm.xchg(Reg.R8D, Reg.R8));
        rejects(() -> asm.test(Reg.BL, Reg.BX));
        rejects(() -> asm.imul(Reg.RAX, Reg.EAX, 3));
        rejects(() -> asm.cmov(Cond.E, Reg.EAX, Reg.RAX));
        rejects(() -> asm.bt(Reg.RAX, Reg.ECX));
    }

    @Test
    void formsWithoutAByteVersionRejectByteRegisters() {
        rejects(() -> asm.imul(Reg.AL, Reg.CL));
        rejects(() -> asm.imul(Reg.AL, Mem.at(Reg.RAX)));
        rejects(() -> asm.bt(Reg.AL, 3));
        rejects(() -> asm.bt(Width.BYTE, Mem.at(Reg.RAX), 3));
        rejects(() -> asm.cmov(Cond.NE, Reg.AL, Reg.BL));
        rejects(() -> asm.lea(Reg.AL, Mem.at(Reg.RAX)));
    }

    @Test
    void immediatesOutOfRangeAreRejected() {
        rejects(() -> asm.add(Reg.AL, 256));
        rejects(() -> asm.add(Reg.AL, -129));
        rejects(() -> asm.cmp(Reg.AX, 65536));
        rejects(() -> asm.mov(Reg.AX, -32769));
        rejects(() -> asm.mov(Reg.EAX, 1L << 32));
        rejects(() -> asm.mov(Width.BYTE, Mem.at(Reg.RAX), 300));
        rejects(() -> asm.test(Reg.AL, 1000));
        rejects(() -> asm.shl(Reg.RAX, 256));
        rejects(() -> asm.sar(Reg.RAX, -1));
        rejects(() -> asm.bt(Reg.RAX, 256));
        rejects(() -> asm.in(Reg.AL, 256));
        rejects(() -> asm.out(-1, Reg.AL));
        rejects(() -> asm.db(256));
        rejects(() -> asm.dw(-32769));
    }

    @Test
    void wrongRegistersForFixedRolesAreRejected() {
        rejects(() -> asm.shl(Reg.RAX, Reg.CX));
        rejects(() -> asm.ror(Width.QWORD, Mem.at(Reg.RAX), Reg.DL));
        rejects(() -> asm.in(Reg.BL, 0x60));
        rejects(() -> asm.in(Reg.RAX, Reg.DX));
        rejects(() -> asm.out(Reg.CX, Reg.AL));
        rejects(() -> asm.push(Reg.EAX));
        rejects(() -> asm.pop(Reg.AX));
        rejects(() -> asm.call(Reg.EAX));
        rejects(() -> asm.jmp(Reg.R8D));
        rejects(() -> asm.set(Cond.E, Reg.EAX));
        rejects(() -> asm.movabs(Reg.EAX, 1));
        rejects(() -> asm.mov(Reg.EAX, ControlReg.CR3));
        rejects(() -> asm.mov(ControlReg.CR0, Reg.AX));
    }

    @Test
    void extensionsAndConversionsCheckTheirWidths() {
        rejects(() -> asm.movzx(Reg.AX, Reg.AX));
        rejects(() -> asm.movzx(Reg.AL, Reg.AL));
        rejects(() -> asm.movsx(Reg.EAX, Width.DWORD, Mem.at(Reg.RAX)));
        rejects(() -> asm.movsxd(Reg.RAX, Reg.AX));
        rejects(() -> asm.movsxd(Reg.EAX, Mem.at(Reg.RAX)));
        rejects(() -> asm.cvtsi2sd(Xmm.XMM0, Reg.AX));
        rejects(() -> asm.cvtsi2ss(Xmm.XMM0, Width.BYTE, Mem.at(Reg.RAX)));
        rejects(() -> asm.cvttsd2si(Reg.AX, Xmm.XMM1));
        rejects(() -> asm.movd(Xmm.XMM0, Reg.RAX));
        rejects(() -> asm.movq(Reg.EAX, Xmm.XMM0));
    }

    @Test
    void badMemoryOperandsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RSP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.indexed(Reg.RSP, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.EAX));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.ECX, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RCX, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.indexed(Reg.RCX, 16, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(null));
        assertThrows(IllegalArgumentException.class, () -> Mem.rip((Label) null));
        assertThrows(IllegalArgumentException.class, () -> Mem.rip((Symbol) null, 0));
    }

    @Test
    void badNamesAndSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Symbol("1abc"));
        assertThrows(IllegalArgumentException.class, () -> new Symbol("a b"));
        assertThrows(IllegalArgumentException.class, () -> new Symbol(""));
        assertThrows(IllegalArgumentException.class, () -> asm.newLabel("x-y"));
        assertThrows(IllegalArgumentException.class, () -> new Assembler(null, "9"));
        assertThrows(IllegalArgumentException.class, () -> Reg.of(16, Width.QWORD));
        assertThrows(IllegalArgumentException.class, () -> Xmm.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Cond.of(16));
        rejects(() -> asm.nop(0));
        rejects(() -> asm.nop(AssemblerCore.MAX_NOP + 1));
        rejects(() -> asm.alignData(3));
        rejects(() -> asm.alignCode(8192));
        rejects(() -> asm.db(new byte[4], 2, 3));
    }

    @Test
    void labelsOfAnotherAssemblerAreRejected() {
        Label foreign = new Assembler().newLabel();
        rejects(() -> asm.jmp(foreign));
        rejects(() -> asm.jmpNear(foreign));
        rejects(() -> asm.jccShort(Cond.E, foreign));
        rejects(() -> asm.call(foreign));
        rejects(() -> asm.mov(Reg.RAX, Mem.rip(foreign)));
        rejects(() -> asm.bind(foreign));
        rejects(() -> asm.dq(foreign));
    }

    @Test
    void labelMisuseIsAnIllegalState() {
        Label l = asm.newLabel();
        asm.bind(l);
        rejects(IllegalStateException.class, () -> asm.bind(l));

        Label far = asm.newLabel();
        asm.bind(far);
        asm.db(new byte[200], 0, 200);
        rejects(IllegalStateException.class, () -> asm.jmpShort(far));
        rejects(IllegalStateException.class, () -> asm.jccShort(Cond.L, far));

        Label ahead = asm.newLabel();
        asm.jmpShort(ahead);
        asm.db(new byte[128], 0, 128);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> asm.bind(ahead));
        assertTrue(e.getMessage().contains("short jump"), e.getMessage());
    }

    @Test
    void unboundLabelsFailFinishAndLink() {
        Label never = asm.newLabel();
        asm.jmp(never);
        asm.dq(never);
        assertThrows(IllegalStateException.class, asm::finish);
        assertThrows(IllegalStateException.class, () -> asm.code().link(0, s -> 0));
        assertEquals(2, asm.code().pendingFixups());
        asm.bind(never);
        assertEquals(0, asm.code().pendingFixups());
        asm.finish();
    }
}
