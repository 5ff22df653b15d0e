package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;

import ingot.jit.asm.Reg;

/**
 * Loads, stores and iinc. A slot holds any kind in its low bytes, so a load or store copies the
 * whole 8-byte slot whatever the kind.
 */
final class LocalEmitters {
    private LocalEmitters() {
    }

    /** iload, lload, fload, dload, aload (and their _n and wide forms): local to stack. */
    static void emitLoad(EmitContext c, int index) {
        c.asm.mov(Reg.RAX, c.local(index));
        c.asm.mov(c.result(0), Reg.RAX);
    }

    /** istore, lstore, fstore, dstore, astore (and their _n and wide forms): stack to local. */
    static void emitStore(EmitContext c, int index) {
        c.asm.mov(Reg.RAX, c.top(0));
        c.asm.mov(c.local(index), Reg.RAX);
    }

    static void emitIinc(EmitContext c, int index, int delta) {
        c.asm.add(DWORD, c.local(index), delta);
    }
}
