package ingot.runtime.bytecode;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.Descriptors;
import ingot.runtime.classfile.ExceptionHandler;
import ingot.runtime.classfile.MethodInfo;

/**
 * Works out the kind (int, long, float, double, reference) of every local and stack entry before
 * every reachable instruction, by data flow over the method's control-flow graph and exception
 * handlers. The compiler takes register classes and frame layouts from it; the collector takes
 * its stack maps from it. Code it cannot type gives a {@link VerifyError} naming the method and pc.
 * jsr and ret are not supported (javac has not emitted them since Java 6).
 */
public final class KindAnalysis {

    private final ClassFile owner;
    private final MethodInfo method;
    private final byte[] code;
    private final ExceptionHandler[] handlers;
    private final FrameState[] entry;
    private boolean[] starts;
    private final InstructionKinds kinds;
    private final ControlFlow flow;
    private int[] worklist = new int[16];
    private int pending;

    private KindAnalysis(ClassFile owner, MethodInfo method) {
        this.owner = owner;
        this.method = method;
        CodeAttribute attribute = method.code();
        this.code = attribute.code();
        this.handlers = attribute.handlers();
        this.entry = new FrameState[code.length];
        this.kinds = new InstructionKinds(owner.pool());
        this.flow = new ControlFlow(code);
    }

    /** Analyses a method with code; throws VerifyError when the code cannot be typed. */
    public static KindFrames analyze(ClassFile owner, MethodInfo method) {
        return new KindAnalysis(owner, method).run();
    }

    private KindFrames run() {
        int pc = 0;
        try {
            starts = InstructionLength.starts(code);
            if (starts == null) {
                throw new KindError("undefined or truncated instruction");
            }
            checkHandlers();
            flowInto(0, initialState());
            while (pending > 0) {
                pc = worklist[--pending];
                step(pc);
            }
        } catch (KindError e) {
            throw new VerifyError(owner.name() + "." + method.name() + method.descriptor() + ": pc " + pc + ": "
                    + e.getMessage());
        }
        KindFrames frames = new KindFrames(code.length);
        for (int i = 0; i < code.length; i++) {
            if (entry[i] != null) {
                frames.set(i, entry[i]);
            }
        }
        return frames;
    }

    private void checkHandlers() {
        for (ExceptionHandler h : handlers) {
            requireStart(h.startPc());
            requireStart(h.handlerPc());
            if (h.endPc() < code.length) {
                requireStart(h.endPc());
            }
        }
    }

    private FrameState initialState() {
        CodeAttribute attribute = method.code();
        FrameState s = new FrameState(attribute.maxLocals(), attribute.maxStack());
        int slot = 0;
        if ((method.access() & AccessFlags.STATIC) == 0) {
            s.store(slot++, Kind.REF);
        }
        String d = method.descriptor();
        for (int i = 1; d.charAt(i) != ')'; ) {
            byte kind = Kind.ofDescriptor(d, i);
            s.store(slot, kind);
            slot += Kind.size(kind);
            i = Descriptors.fieldTypeEnd(d, i);
        }
        return s;
    }

    private void step(int pc) {
        FrameState before = entry[pc];
        flowToHandlers(pc, before);
        FrameState after = before.copy();
        int opcode = code[pc] & 0xFF;
        if (opcode == Opcode.JSR || opcode == Opcode.RET || opcode == Opcode.JSR_W) {
            throw new KindError(OpcodeNames.of(opcode) + " is not supported");
        }
        kinds.apply(after, code, pc);
        flowToSuccessors(pc, after);
    }

    private void flowToHandlers(int pc, FrameState before) {
        for (ExceptionHandler h : handlers) {
            if (h.startPc() <= pc && pc < h.endPc()) {
                FrameState caught = before.copy();
                caught.depth = 0;
                caught.slots = 0;
                caught.push(Kind.REF);
                flowInto(h.handlerPc(), caught);
            }
        }
    }

    private void flowToSuccessors(int pc, FrameState after) {
        int n = flow.successors(pc);
        for (int i = 0; i < n; i++) {
            flowInto(flow.successor(i), after);
        }
    }

    /** Merges a state into the entry of {@code target}; queues it when it is new or changed. */
    private void flowInto(int target, FrameState state) {
        requireStart(target);
        FrameState existing = entry[target];
        if (existing == null) {
            entry[target] = state.copy();
            queue(target);
        } else if (existing.merge(state)) {
            queue(target);
        }
    }

    private void requireStart(int pc) {
        if (pc < 0 || pc >= code.length || !starts[pc]) {
            throw new KindError("jump or handler to " + pc + ", which is not the start of an instruction");
        }
    }

    private void queue(int pc) {
        if (pending == worklist.length) {
            int[] bigger = new int[worklist.length * 2];
            System.arraycopy(worklist, 0, bigger, 0, pending);
            worklist = bigger;
        }
        worklist[pending++] = pc;
    }
}
