package ingot.jit.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the generator's cases, each in its own aligned slot of the output, so that a case
 * NASM encodes differently differs only in its slot: a single instruction takes a 16-byte slot
 * (no instruction is longer than 15), a block of jumps and fill a 1024-byte one.
 */
final class Cases {
    static final int SLOT = 16;
    static final int WIDE_SLOT = 1024;

    /** One case: its bytes [start, end) in the byte output, its slot [start, slotEnd), its text. */
    static final class Case {
        final int start;
        final int end;
        final int slotEnd;
        final String text;

        Case(int start, int end, int slotEnd, String text) {
            this.start = start;
            this.end = end;
            this.slotEnd = slotEnd;
            this.text = text;
        }
    }

    private final Assembler asm;
    private final NasmWriter nasm;
    private final List<Case> cases = new ArrayList<>();
    private int instructions;

    Cases(Assembler asm, NasmWriter nasm) {
        this.asm = asm;
        this.nasm = nasm;
    }

    /** A case of one instruction. */
    void one(Runnable emit) {
        record(SLOT, emit);
        instructions++;
    }

    /** A case of {@code count} instructions (and any data) that must stay together. */
    void block(int count, Runnable emit) {
        record(WIDE_SLOT, emit);
        instructions += count;
    }

    private void record(int slot, Runnable emit) {
        if (slot > SLOT) {
            pad(slot);
        }
        int start = asm.position();
        int textStart = nasm.length();
        emit.run();
        int end = asm.position();
        String text = nasm.text(textStart, nasm.length());
        if (end - start >= slot) {
            throw new IllegalStateException("case does not fit its slot: " + text);
        }
        pad(slot);
        cases.add(new Case(start, end, asm.position(), text));
    }

    /**
     * Zero bytes up to the next slot boundary, in both outputs. NASM computes its own padding from
     * its own position, so one case that NASM encodes longer or shorter does not shift the next.
     * (A plain {@code times} is several times faster for NASM than its {@code align} macro.)
     */
    private void pad(int slot) {
        asm.code().requireAlignment(slot);
        for (int i = -asm.position() & (slot - 1); i > 0; i--) {
            asm.code().emit8(0);
        }
        nasm.directive("    times -($-$$) & " + (slot - 1) + " db 0");
    }

    List<Case> all() {
        return cases;
    }

    int instructions() {
        return instructions;
    }
}
