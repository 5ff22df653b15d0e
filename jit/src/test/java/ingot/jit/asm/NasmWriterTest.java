package ingot.jit.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text output's format, and that attaching it changes nothing in the bytes. */
class NasmWriterTest {
    /** A short program with labels, jumps, data and a comment. */
    private static void program(Assembler asm) {
        Label loop = asm.newLabel();
        Label out = asm.newLabel("done");
        asm.comment("count down\nfrom 10");
        asm.mov(Reg.ECX, 10);
        asm.bind(loop);
        asm.dec(Reg.ECX);
        asm.jcc(Cond.E, out);
        asm.add(Width.QWORD, Mem.at(Reg.RSP, Reg.R12, 8, -8), 1000);
        asm.jmp(loop);
        asm.bind(out);
        asm.movsd(Xmm.XMM9, Mem.rip(out, 16));
        asm.ret();
        for (int i = 0; i < 20; i++) {
            asm.db(i);
        }
        asm.dq(out);
        asm.ddDelta(loop, out);
    }

    @Test
    void textSpellsOutEachChoice() {
        NasmWriter nasm = new NasmWriter();
        program(new Assembler(nasm, "t"));
        String expected = ""
            + "    ; count down from 10\n"
            + "    mov ecx, 10\n"
            + "t1:\n"
            + "    dec ecx\n"
            + "    je near done\n"
            + "    add qword [rsp+r12*8-8], 1000\n"
            + "    jmp short t1\n"
            + "done:\n"
            + "    movsd xmm9, [rel done+16]\n"
            + "    ret\n"
            + "    db 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15\n"
            + "    db 16, 17, 18, 19\n"
            + "    dq done\n"
            + "    dd t1-done\n";
        assertEquals(expected, nasm.toString());
    }

    @Test
    void bytesAreTheSameWithOrWithoutText() {
        Assembler bytesOnly = new Assembler();
        Assembler both = new Assembler(new NasmWriter());
        program(bytesOnly);
        program(both);
        assertArrayEquals(bytesOnly.finish().toByteArray(), both.finish().toByteArray());
        assertTrue(bytesOnly.position() > 40);
    }

    @Test
    void directivesAndOperandSpellings() {
        NasmWriter nasm = new NasmWriter();
        nasm.directive("bits 64");
        Assembler asm = new Assembler(nasm);
        asm.lea(Reg.RAX, Mem.indexed(Reg.RCX, 4, -16));
        asm.mov(Reg.AL, Mem.abs(0x1000));
        asm.movabs(Reg.R11, 1);
        asm.call(new Symbol("helper"));
        asm.lockCmpxchg(Mem.at(Reg.RDI), Reg.RSI);
        asm.nop(5);
        asm.alignData(8);
        asm.dq(new Symbol("object_7"), -8);
        String expected = "bits 64\n"
            + "    lea rax, [nosplit rcx*4-16]\n"
            + "    mov al, [abs 4096]\n"
            + "    mov r11, strict qword 1\n"
            + "    call helper\n"
            + "    lock cmpxchg [rdi], rsi\n"
            + "    nop dword [byte rax+rax*1+0]\n"
            + "    align 8, db 0\n"
            + "    dq object_7-8\n";
        assertEquals(expected, nasm.toString());
    }
}
