package ingot.jit.compiler;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.runtime.bytecode.KindFrames;
import ingot.runtime.bytecode.NullPointerMessages;
import ingot.runtime.classfile.BootstrapMethod;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantPool;

/**
 * What an emit method sees of the instruction it compiles: the assembler, the frame, the operands,
 * and the operand-stack depth before the instruction (known statically from the kind analysis),
 * with helpers naming the slots it reads and writes.
 */
final class EmitContext {
    final Assembler asm;
    final FrameLayout frame;
    final CompilerEnvironment env;
    final ConstantPool pool;
    final BootstrapMethod[] bootstrapMethods;
    /** The internal name of the class whose method is compiled. */
    final String owner;
    /** The method compiled, as {@code owner.name descriptor}. */
    final String method;
    private final byte[] code;
    private final KindFrames kinds;
    private final Label[] labels;
    private final SwitchTables tables;
    private final CallSites callSites;
    /** HotSpot's NullPointerException messages for this method's null checks. */
    final NullPointerMessages nullPointerMessages;
    int pc;
    int depth;

    EmitContext(Assembler asm, FrameLayout frame, CompilerEnvironment env, ClassFile owner, String method,
                byte[] code, KindFrames kinds, Label[] labels, SwitchTables tables, CallSites callSites,
                NullPointerMessages nullPointerMessages) {
        this.asm = asm;
        this.frame = frame;
        this.env = env;
        this.pool = owner.pool();
        this.bootstrapMethods = owner.bootstrapMethods();
        this.owner = owner.name();
        this.method = method;
        this.code = code;
        this.kinds = kinds;
        this.labels = labels;
        this.tables = tables;
        this.callSites = callSites;
        this.nullPointerMessages = nullPointerMessages;
    }

    /** A call whose return address is recorded as a call site of the current instruction. */
    void call(Symbol target) {
        asm.call(target);
        recordReturn();
    }

    /** A call through a register, recorded likewise. */
    void call(Reg target) {
        asm.call(target);
        recordReturn();
    }

    private void recordReturn() {
        Label returnAddress = asm.newLabel();
        asm.bind(returnAddress);
        callSites.add(returnAddress, pc);
    }

    void at(int instructionPc) {
        pc = instructionPc;
        depth = kinds.stackAt(instructionPc).length;
    }

    /** The slot of the value {@code k} below the top of the stack (0 = the top). */
    Mem top(int k) {
        return frame.stack(depth - 1 - k);
    }

    /** The slot where a result goes after the instruction popped {@code popped} values. */
    Mem result(int popped) {
        return frame.stack(depth - popped);
    }

    Mem local(int index) {
        return frame.local(index);
    }

    /** The kind of the value {@code k} below the top of the stack before this instruction. */
    byte kindOfTop(int k) {
        byte[] stack = kinds.stackAt(pc);
        return stack[stack.length - 1 - k];
    }

    /** The label of the instruction at {@code pc + offset}, a branch target. */
    Label target(int offset) {
        return labels[pc + offset];
    }

    SwitchTables tables() {
        return tables;
    }

    int u1(int offset) {
        return code[pc + offset] & 0xFF;
    }

    int s1(int offset) {
        return code[pc + offset];
    }

    int u2(int offset) {
        return ((code[pc + offset] & 0xFF) << 8) | (code[pc + offset + 1] & 0xFF);
    }

    int s2(int offset) {
        return (short) u2(offset);
    }

    int s4(int offset) {
        return (u2(offset) << 16) | u2(offset + 2);
    }

    /** Reads a switch operand at an absolute code offset. */
    int s4At(int codeOffset) {
        return (((code[codeOffset] & 0xFF) << 8 | (code[codeOffset + 1] & 0xFF)) << 16)
                | ((code[codeOffset + 2] & 0xFF) << 8) | (code[codeOffset + 3] & 0xFF);
    }

    Symbol runtime(String routine) {
        return env.runtime(routine);
    }

    CompileError unsupported(String what) {
        return new CompileError(method + ": pc " + pc + ": " + what);
    }
}
