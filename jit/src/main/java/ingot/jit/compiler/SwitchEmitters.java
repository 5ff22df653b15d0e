package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/** tableswitch through a jump table; lookupswitch as a chain of compares over its sorted keys. */
final class SwitchEmitters {
    private SwitchEmitters() {
    }

    static void emitTableswitch(EmitContext c) {
        int at = (c.pc + 4) & ~3;
        Label fallback = c.target(c.s4At(at));
        int low = c.s4At(at + 4);
        int high = c.s4At(at + 8);
        Label[] entries = new Label[high - low + 1];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = c.target(c.s4At(at + 12 + 4 * i));
        }
        Label table = c.asm.newLabel();
        c.tables().add(table, entries);
        c.asm.mov(Reg.EAX, c.top(0));
        c.asm.sub(Reg.EAX, low);
        c.asm.cmp(Reg.EAX, high - low);
        c.asm.jcc(Cond.A, fallback);
        c.asm.lea(Reg.RCX, Mem.rip(table));
        c.asm.movsxd(Reg.RAX, Mem.at(Reg.RCX, Reg.RAX, 4, 0));
        c.asm.add(Reg.RAX, Reg.RCX);
        c.asm.jmp(Reg.RAX);
    }

    static void emitLookupswitch(EmitContext c) {
        int at = (c.pc + 4) & ~3;
        int pairs = c.s4At(at + 4);
        c.asm.mov(Reg.EAX, c.top(0));
        for (int i = 0; i < pairs; i++) {
            c.asm.cmp(Reg.EAX, c.s4At(at + 8 + 8 * i));
            c.asm.jcc(Cond.E, c.target(c.s4At(at + 12 + 8 * i)));
        }
        c.asm.jmp(c.target(c.s4At(at)));
    }
}
