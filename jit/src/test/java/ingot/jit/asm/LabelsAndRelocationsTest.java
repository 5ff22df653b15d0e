package ingot.jit.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Jump sizing, patch lists and relocation records of the byte output. */
class LabelsAndRelocationsTest {
    private final Assembler asm = new Assembler();

    private int int32At(int offset) {
        CodeBuffer c = asm.code();
        return c.byteAt(offset) | c.byteAt(offset + 1) << 8 | c.byteAt(offset + 2) << 16 | c.byteAt(offset + 3) << 24;
    }

    @Test
    void backwardJumpIsShortUpTo128BytesBackAndNearBeyond() {
        Label top = asm.newLabel();
        asm.bind(top);
        asm.db(new byte[126], 0, 126);
        asm.jmp(top); // ends 128 bytes after top: rel8 -128
        assertEquals(128, asm.position());
        assertEquals(0xEB, asm.code().byteAt(126));
        assertEquals(0x80, asm.code().byteAt(127));
        asm.jcc(Cond.NE, top); // would need -130
        assertEquals(128 + 6, asm.position());
        assertEquals(0x0F, asm.code().byteAt(128));
        assertEquals(0x85, asm.code().byteAt(129));
        assertEquals(-134, int32At(130));
    }

    @Test
    void forwardJumpIsNearUnlessShortIsAskedFor() {
        Label end = asm.newLabel();
        asm.jmp(end);
        asm.jccShort(Cond.E, end);
        asm.jmpShort(end);
        asm.db(new byte[123], 0, 123);
        asm.bind(end); // at 132: the jumps end at 5, 7 and 9
        assertEquals(0xE9, asm.code().byteAt(0));
        assertEquals(5 + 2 + 2 + 123 - 5, int32At(1));
        assertEquals(0x74, asm.code().byteAt(5));
        assertEquals(2 + 123, asm.code().byteAt(6));
        assertEquals(0xEB, asm.code().byteAt(7));
        assertEquals(123, asm.code().byteAt(8));
    }

    @Test
    void forwardShortJumpReachesExactly127Bytes() {
        Label end = asm.newLabel();
        asm.jmpShort(end);
        asm.db(new byte[127], 0, 127);
        asm.bind(end);
        assertEquals(0x7F, asm.code().byteAt(1));
    }

    @Test
    void ripRelativeDisplacementCountsTheTrailingImmediate() {
        Label data = asm.newLabel();
        asm.mov(Width.DWORD, Mem.rip(data, 4), 7); // C7 05 disp32 imm32: 10 bytes
        asm.bind(data);
        assertEquals(10, asm.position());
        assertEquals(4, int32At(2));
    }

    @Test
    void symbolReferencesBecomePc32AndAbs64Relocations() {
        Symbol alloc = new Symbol("ingot_alloc");
        asm.nop();
        asm.call(alloc);
        asm.cmp(Width.BYTE, Mem.rip(alloc, 8), 1); // 80 3D disp32 ib
        asm.dq(alloc, -16);
        CodeBuffer code = asm.finish();
        assertEquals(3, code.relocationCount());
        Relocation call = code.relocation(0);
        assertEquals(Relocation.PC32, call.kind());
        assertEquals(2, call.offset());
        assertEquals(-4, call.addend());
        assertEquals(alloc, call.symbol());
        Relocation rip = code.relocation(1);
        assertEquals(8, rip.offset());
        assertEquals(8 - 4 - 1, rip.addend());
        Relocation abs = code.relocation(2);
        assertEquals(Relocation.ABS64, abs.kind());
        assertEquals(-16, abs.addend());

        byte[] linked = code.link(0x10000, s -> 0x20000);
        assertEquals(0x20000 - 4 - (0x10000 + 2), littleEndian(linked, 2, 4));
        assertEquals(0x20000 + 3 - (0x10000 + 8), littleEndian(linked, 8, 4));
        assertEquals(0x20000 - 16, littleEndian(linked, 13, 8));
    }

    @Test
    void labelAddressesAreCodeRelativeRelocations() {
        Label later = asm.newLabel();
        asm.nop(3);
        asm.dq(later);
        asm.bind(later);
        CodeBuffer code = asm.finish();
        assertEquals(1, code.relocationCount());
        Relocation r = code.relocation(0);
        assertEquals(Relocation.CODE_ABS64, r.kind());
        assertNull(r.symbol());
        assertEquals(11, r.addend());
        assertEquals(0x400000 + 11, littleEndian(code.link(0x400000, s -> 0), 3, 8));
    }

    @Test
    void deltasResolveWhicheverLabelIsBoundLast() {
        Label base = asm.newLabel();
        Label a = asm.newLabel();
        Label b = asm.newLabel();
        asm.bind(a);
        asm.ddDelta(b, base);   // both unbound
        asm.ddDelta(a, base);   // base unbound
        asm.ddDelta(base, base);
        asm.bind(base);
        asm.ddDelta(b, a);      // target unbound
        asm.db(0);
        asm.bind(b);
        asm.finish();
        assertEquals(17 - 12, int32At(0));
        assertEquals(-12, int32At(4));
        assertEquals(0, int32At(8));
        assertEquals(17, int32At(12));
    }

    @Test
    void linkChecksAlignmentAndRange() {
        asm.alignCode(16);
        asm.call(new Symbol("far_away"));
        assertThrows(IllegalStateException.class, () -> asm.code().link(8, s -> 0));
        assertThrows(IllegalStateException.class, () -> asm.code().link(0, s -> 1L << 40));
        assertEquals(16, asm.code().maxAlignment());
    }

    @Test
    void alignCodePadsWithTheLongestNops() {
        asm.db(1);
        asm.alignCode(16); // 15 bytes: a 9-byte and a 6-byte nop
        byte[] expected = {1, 0x66, 0x0F, 0x1F, (byte) 0x84, 0, 0, 0, 0, 0, 0x66, 0x0F, 0x1F, 0x44, 0, 0};
        assertArrayEquals(expected, asm.code().toByteArray());
    }

    private static long littleEndian(byte[] bytes, int at, int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = v << 8 | (bytes[at + i] & 0xFF);
        }
        return count == 4 ? (int) v : v;
    }
}
