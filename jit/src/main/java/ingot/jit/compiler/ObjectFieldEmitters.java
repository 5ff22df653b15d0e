package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/** getfield and putfield: a null check on the object, then a load or store at the field's offset. */
final class ObjectFieldEmitters {
    private ObjectFieldEmitters() {
    }

    static void emitGetfield(EmitContext c) {
        String descriptor = StaticEmitters.descriptorOf(c.pool, c.u2(1));
        int offset = offsetOf(c);
        c.asm.mov(Reg.RCX, c.top(0));
        Checks.nullCheck(c, Reg.RCX);
        FieldAccess.load(c, descriptor.charAt(0), Mem.at(Reg.RCX, offset));
        c.asm.mov(c.result(1), Reg.RAX);
    }

    static void emitPutfield(EmitContext c) {
        String descriptor = StaticEmitters.descriptorOf(c.pool, c.u2(1));
        int offset = offsetOf(c);
        c.asm.mov(Reg.RCX, c.top(1));
        Checks.nullCheck(c, Reg.RCX);
        c.asm.mov(Reg.RAX, c.top(0));
        FieldAccess.store(c, descriptor.charAt(0), Mem.at(Reg.RCX, offset), Reg.RAX);
    }

    /** The offset of the instruction's Fieldref in its objects. */
    private static int offsetOf(EmitContext c) {
        int ref = c.u2(1);
        return c.env.instanceFieldOffset(StaticEmitters.ownerOf(c.pool, ref), StaticEmitters.nameOf(c.pool, ref),
                StaticEmitters.descriptorOf(c.pool, ref));
    }
}
