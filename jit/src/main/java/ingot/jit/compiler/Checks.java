package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.jit.asm.Width;
import ingot.runtime.bytecode.NullPointerMessages;
import ingot.runtime.exec.ClassWords;

/**
 * The explicit checks compiled code makes before touching an object: null (NullPointerException)
 * and array bounds (ArrayIndexOutOfBoundsException), each a compare, a branch over, and a call
 * to the routine that throws. A null check passes the routine HotSpot's message for the
 * instruction, worked out at compile time; a value that cannot be null is not checked.
 */
final class Checks {
    /** Byte offset of an array's 32-bit length. */
    static final int ARRAY_LENGTH = 16;
    /** Byte offset of an array's first element. */
    static final int ARRAY_BASE = 24;

    private Checks() {
    }

    /** Calls the class-initialisation routine unless the class is initialised (JVMS §5.5). */
    static void initialize(EmitContext c, Symbol classObject) {
        if (classObject == null) {
            return;
        }
        Label done = c.asm.newLabel();
        c.asm.cmp(Width.DWORD, Mem.rip(classObject, ClassWords.INIT_STATE), ClassWords.INITIALIZED);
        c.asm.jcc(Cond.E, done);
        c.asm.lea(Reg.RDI, Mem.rip(classObject, 0));
        c.call(c.runtime(RuntimeRoutine.INITIALIZE));
        c.asm.bind(done);
    }

    /**
     * Throws NullPointerException, with the message HotSpot gives at this instruction, when
     * {@code object} (64-bit) is null; emits nothing when the value checked cannot be null (a new
     * object or array, a constant, {@code this}).
     */
    static void nullCheck(EmitContext c, Reg object) {
        NullPointerMessages messages = c.nullPointerMessages;
        if (messages.isNeverNull(c.pc)) {
            c.asm.comment("never null");
            return;
        }
        Label ok = c.asm.newLabel();
        c.asm.test(object, object);
        c.asm.jcc(Cond.NE, ok);
        String action = messages.action(c.pc);
        if (action == null) {
            c.asm.xor(Reg.EDI, Reg.EDI);
        } else {
            c.asm.lea(Reg.RDI, Mem.rip(c.env.nullPointerMessage(action, messages.because(c.pc)), 0));
        }
        c.call(c.runtime(RuntimeRoutine.NULL_POINTER));
        c.asm.bind(ok);
    }

    /** {@code array} (64-bit) non-null already; {@code index} a 32-bit register: 0 <= index < length. */
    static void boundsCheck(EmitContext c, Reg array, Reg index) {
        Label ok = c.asm.newLabel();
        c.asm.cmp(index, Mem.at(array, ARRAY_LENGTH));
        c.asm.jcc(Cond.B, ok);
        c.asm.mov(Reg.EDI, index);
        c.asm.mov(Reg.ESI, Mem.at(array, ARRAY_LENGTH));
        c.call(c.runtime(RuntimeRoutine.ARRAY_INDEX));
        c.asm.bind(ok);
    }
}
