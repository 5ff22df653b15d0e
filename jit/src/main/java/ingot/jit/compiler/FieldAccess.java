package ingot.jit.compiler;

import static ingot.jit.asm.Width.BYTE;
import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.WORD;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/**
 * Loads and stores of a field or array element by its type letter (a descriptor's first char,
 * or an array's element type): narrow values are widened to an int as Java does.
 */
final class FieldAccess {
    private FieldAccess() {
    }

    /** Loads the value at {@code at} into rax (eax for int-sized and narrower types). */
    static void load(EmitContext c, char type, Mem at) {
        switch (type) {
            case 'B': c.asm.movsx(Reg.EAX, BYTE, at); break;
            case 'Z': c.asm.movzx(Reg.EAX, BYTE, at); break;
            case 'C': c.asm.movzx(Reg.EAX, WORD, at); break;
            case 'S': c.asm.movsx(Reg.EAX, WORD, at); break;
            case 'I': case 'F': c.asm.mov(Reg.EAX, at); break;
            default: c.asm.mov(Reg.RAX, at); break;
        }
    }

    /** Stores {@code value}'s low bytes (as many as the type has) to {@code at}; value is rax, rcx or rdx. */
    static void store(EmitContext c, char type, Mem at, Reg value) {
        switch (type) {
            case 'B': case 'Z': c.asm.mov(at, value.as(BYTE)); break;
            case 'C': case 'S': c.asm.mov(at, value.as(WORD)); break;
            case 'I': case 'F': c.asm.mov(at, value.as(DWORD)); break;
            default: c.asm.mov(at, value); break;
        }
    }

    /** The size in bytes of a value of the type. */
    static int size(char type) {
        switch (type) {
            case 'B': case 'Z': return 1;
            case 'C': case 'S': return 2;
            case 'I': case 'F': return 4;
            default: return 8;
        }
    }
}
