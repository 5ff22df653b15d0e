package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/**
 * Array element loads and stores (iaload..saload, iastore..sastore) and arraylength: null and
 * bounds checks, then the access at {@code array + 24 + index * size}. aastore also asks the
 * runtime whether the value may be stored (ArrayStoreException).
 */
final class ArrayEmitters {
    /** Element types of the typed loads and stores, in opcode order. */
    private static final String TYPES = "IJFDABCS";

    private ArrayEmitters() {
    }

    /** iaload laload faload daload aaload baload caload saload: {@code which} is 0..7. */
    static void emitLoad(EmitContext c, int which) {
        char type = elementType(which);
        c.asm.mov(Reg.RDX, c.top(1));
        Checks.nullCheck(c, Reg.RDX);
        c.asm.mov(Reg.ECX, c.top(0));
        Checks.boundsCheck(c, Reg.RDX, Reg.ECX);
        FieldAccess.load(c, type, element(type));
        c.asm.mov(c.result(2), Reg.RAX);
    }

    /** iastore .. sastore: {@code which} is 0..7. */
    static void emitStore(EmitContext c, int which) {
        char type = elementType(which);
        c.asm.mov(Reg.RDX, c.top(2));
        Checks.nullCheck(c, Reg.RDX);
        c.asm.mov(Reg.ECX, c.top(1));
        Checks.boundsCheck(c, Reg.RDX, Reg.ECX);
        if (type == 'L') {
            storeCheck(c);
        }
        c.asm.mov(Reg.RAX, c.top(0));
        FieldAccess.store(c, type, element(type), Reg.RAX);
    }

    static void emitArraylength(EmitContext c) {
        c.asm.mov(Reg.RCX, c.top(0));
        Checks.nullCheck(c, Reg.RCX);
        c.asm.mov(Reg.EAX, Mem.at(Reg.RCX, Checks.ARRAY_LENGTH));
        c.asm.mov(c.result(1), Reg.RAX);
    }

    /** A non-null reference stored into an Object[] must be an instance of its element type. */
    private static void storeCheck(EmitContext c) {
        Label done = c.asm.newLabel();
        c.asm.mov(Reg.RSI, c.top(0));
        c.asm.test(Reg.RSI, Reg.RSI);
        c.asm.jcc(Cond.E, done);
        c.asm.mov(Reg.RDI, Reg.RDX);
        c.call(c.runtime(RuntimeRoutine.ARRAY_STORE_CHECK));
        c.asm.mov(Reg.RDX, c.top(2));
        c.asm.mov(Reg.ECX, c.top(1));
        c.asm.bind(done);
    }

    /** The element at index ecx of the array in rdx. */
    private static Mem element(char type) {
        return Mem.at(Reg.RDX, Reg.RCX, FieldAccess.size(type), Checks.ARRAY_BASE);
    }

    /**
     * The element type of a typed array instruction; baload serves both byte[] and boolean[],
     * which have the same width and are both loaded sign-extended by baload (JVMS §6.5 baload).
     */
    private static char elementType(int which) {
        char type = TYPES.charAt(which);
        return type == 'A' ? 'L' : type;
    }
}
