package ingot.jit.compiler;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Reg;
import ingot.runtime.bytecode.InstructionLength;
import ingot.runtime.bytecode.KindAnalysis;
import ingot.runtime.bytecode.KindFrames;
import ingot.runtime.bytecode.NullPointerMessages;
import ingot.runtime.bytecode.OpcodeNames;
import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.MethodInfo;

/**
 * Compiles one method: the prologue (frame, parameters to their locals), then each instruction
 * under its own label {@code <entry>.b<pc>} with the bytecode as a comment, then the method's jump
 * tables. Unreachable instructions get their label and no code.
 */
public final class MethodCompiler {
    private MethodCompiler() {
    }

    /**
     * Appends {@code method}'s code to {@code asm}, entered at a label named {@code entry}.
     *
     * @throws CompileError when the method uses what the compiler cannot do yet
     * @throws VerifyError when its code cannot be typed
     */
    public static CompiledMethod compile(ClassFile owner, MethodInfo method, String entry, Assembler asm,
                                         CompilerEnvironment env) {
        CodeAttribute code = method.code();
        KindFrames kinds = KindAnalysis.analyze(owner, method);
        FrameLayout frame = new FrameLayout(code.maxLocals(), code.maxStack());
        Label[] labels = instructionLabels(code.code(), entry, asm);
        SwitchTables tables = new SwitchTables();
        CallSites callSites = new CallSites();
        String name = owner.name() + "." + method.name() + method.descriptor();
        EmitContext c = new EmitContext(asm, frame, env, owner, name, code.code(), kinds, labels, tables, callSites,
                NullPointerMessages.of(owner, method));
        asm.alignCode(16);
        Label start = asm.newLabel(entry);
        asm.bind(start);
        asm.comment(name);
        prologue(c, owner, method, frame);
        emitInstructions(c, code.code(), kinds, labels);
        // A call that ends the code (athrow, a runtime routine that throws) returns nowhere; the
        // trap after it keeps its return address inside this method's range for the frame walks.
        asm.int3();
        tables.emit(asm);
        Label end = asm.newLabel();
        asm.bind(end);
        return new CompiledMethod(entry, start, end, frame.frameBytes(), labels, callSites);
    }

    private static Label[] instructionLabels(byte[] code, String entry, Assembler asm) {
        Label[] labels = new Label[code.length];
        for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
            labels[pc] = asm.newLabel(entry + ".b" + pc);
        }
        return labels;
    }

    private static void prologue(EmitContext c, ClassFile owner, MethodInfo method, FrameLayout frame) {
        c.asm.push(Reg.RBP);
        c.asm.mov(Reg.RBP, Reg.RSP);
        stackCheck(c, frame, c.env.stackLimit(owner.name(), method.name(), method.descriptor()));
        c.asm.sub(Reg.RSP, frame.frameBytes());
        boolean hasReceiver = (method.access() & AccessFlags.STATIC) == 0;
        Calls.spillParameters(c, new CallingConvention(CallingConvention.parameterKinds(method.descriptor(), hasReceiver)));
    }

    /**
     * The frame must end above the stack limit. The overflow call is made before the frame exists
     * and is registered as no call site, so no handler of this method covers it: the exception
     * reaches the caller's invoke, and a stack trace shows this method at its first line, as
     * HotSpot's interpreter does. rax is free here (no parameter uses it).
     */
    private static void stackCheck(EmitContext c, FrameLayout frame, ingot.jit.asm.Mem limit) {
        if (limit == null) {
            return;
        }
        Label ok = c.asm.newLabel();
        c.asm.lea(Reg.RAX, ingot.jit.asm.Mem.at(Reg.RSP, -frame.frameBytes()));
        c.asm.cmp(Reg.RAX, limit);
        c.asm.jcc(Cond.AE, ok);
        c.asm.call(c.runtime(RuntimeRoutine.STACK_OVERFLOW));
        c.asm.bind(ok);
    }

    private static void emitInstructions(EmitContext c, byte[] code, KindFrames kinds, Label[] labels) {
        for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
            int opcode = code[pc] & 0xFF;
            c.asm.bind(labels[pc]);
            c.asm.comment(pc + ": " + OpcodeNames.of(opcode));
            if (kinds.isReachable(pc)) {
                c.at(pc);
                BytecodeDispatch.emit(c, opcode);
            }
        }
    }
}
