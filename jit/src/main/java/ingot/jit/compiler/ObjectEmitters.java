package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;

/**
 * Allocation (new, newarray, anewarray, multianewarray), type tests (checkcast, instanceof),
 * athrow and the monitor instructions. Allocation and type tests call the runtime; a class
 * compared with itself is decided inline.
 */
final class ObjectEmitters {
    /** newarray's atype operand (JVMS §6.5 newarray, Table 6.5.newarray-A), 4..11, as descriptors. */
    private static final String[] PRIMITIVE_ARRAYS = {"[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};

    private ObjectEmitters() {
    }

    static void emitNew(EmitContext c) {
        String className = c.pool.className(c.u2(1));
        Checks.initialize(c, c.env.initializationFor(className, null, null));
        c.asm.lea(Reg.RDI, Mem.rip(c.env.classObject(className), 0));
        c.asm.mov(Reg.ESI, c.env.instanceSize(className));
        c.call(c.runtime(RuntimeRoutine.NEW_INSTANCE));
        c.asm.mov(c.result(0), Reg.RAX);
    }

    static void emitNewarray(EmitContext c) {
        int atype = c.u1(1);
        if (atype < 4 || atype > 11) {
            throw c.unsupported("newarray with atype " + atype);
        }
        newArray(c, PRIMITIVE_ARRAYS[atype - 4]);
    }

    static void emitAnewarray(EmitContext c) {
        String element = c.pool.className(c.u2(1));
        newArray(c, element.charAt(0) == '[' ? "[" + element : "[L" + element + ";");
    }

    static void emitMultianewarray(EmitContext c) {
        String arrayClass = c.pool.className(c.u2(1));
        int dimensions = c.u1(3);
        c.asm.lea(Reg.RDI, Mem.rip(c.env.classObject(arrayClass), 0));
        c.asm.lea(Reg.RSI, c.top(dimensions - 1));
        c.asm.mov(Reg.EDX, dimensions);
        c.call(c.runtime(RuntimeRoutine.NEW_MULTI_ARRAY));
        c.asm.mov(c.result(dimensions), Reg.RAX);
    }

    static void emitCheckcast(EmitContext c) {
        Label done = c.asm.newLabel();
        c.asm.mov(Reg.RDI, c.top(0));
        c.asm.test(Reg.RDI, Reg.RDI);
        c.asm.jcc(Cond.E, done);
        c.asm.lea(Reg.RSI, Mem.rip(c.env.classObject(c.pool.className(c.u2(1))), 0));
        c.asm.cmp(Reg.RSI, Mem.at(Reg.RDI, 0));
        c.asm.jcc(Cond.E, done);
        c.call(c.runtime(RuntimeRoutine.CHECKCAST));
        c.asm.bind(done);
    }

    static void emitInstanceof(EmitContext c) {
        Label done = c.asm.newLabel();
        Label exact = c.asm.newLabel();
        c.asm.xor(Reg.EAX, Reg.EAX);
        c.asm.mov(Reg.RDI, c.top(0));
        c.asm.test(Reg.RDI, Reg.RDI);
        c.asm.jcc(Cond.E, done);
        c.asm.lea(Reg.RSI, Mem.rip(c.env.classObject(c.pool.className(c.u2(1))), 0));
        c.asm.cmp(Reg.RSI, Mem.at(Reg.RDI, 0));
        c.asm.jcc(Cond.E, exact);
        c.call(c.runtime(RuntimeRoutine.INSTANCEOF));
        c.asm.jmp(done);
        c.asm.bind(exact);
        c.asm.mov(Reg.EAX, 1);
        c.asm.bind(done);
        c.asm.mov(c.result(1), Reg.RAX);
    }

    static void emitAthrow(EmitContext c) {
        c.asm.mov(Reg.RDI, c.top(0));
        Checks.nullCheck(c, Reg.RDI);
        c.call(c.runtime(RuntimeRoutine.THROW));
    }

    /**
     * monitorenter and monitorexit: until the VM has threads there is nothing to exclude, so a
     * monitor is only null-checked (JVMS requires the NullPointerException).
     */
    static void emitMonitor(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(0));
        Checks.nullCheck(c, Reg.RAX);
    }

    private static void newArray(EmitContext c, String arrayClass) {
        c.asm.lea(Reg.RDI, Mem.rip(c.env.classObject(arrayClass), 0));
        c.asm.mov(Reg.ESI, c.top(0));
        c.call(c.runtime(RuntimeRoutine.NEW_ARRAY));
        c.asm.mov(c.result(1), Reg.RAX);
    }
}
