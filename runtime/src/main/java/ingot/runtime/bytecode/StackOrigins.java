package ingot.runtime.bytecode;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.ExceptionHandler;
import ingot.runtime.classfile.MethodInfo;

/**
 * For each instruction, which instruction pushed each value on the operand stack before it, and
 * which locals may have been stored to: the data flow behind HotSpot's helpful
 * NullPointerException messages (JEP 358), run with HotSpot's observable rules so that the
 * messages come out the same:
 * <ul>
 *   <li>the method starts with an empty stack and no local written; each exception handler starts
 *       afresh with the exception alone on the stack, and no local written — the instructions a
 *       handler covers do not flow into it;</li>
 *   <li>the instructions are visited in code order, in passes; a visited instruction's frame flows
 *       to its successors, creating their frame or merging into it (origins that differ become
 *       unknown, written locals accumulate); a merge does not by itself cause another pass;</li>
 *   <li>the passes stop after the one at whose end the faulting instruction has a frame: a
 *       message sees the frames as they were then. Later passes, which only happen when some
 *       code is reached by a backward jump alone, serve instructions that had no frame yet. After
 *       {@value #MAX_PASSES} passes (javac's code needs one) the rest of the code gets no frames,
 *       so that crafted code cannot make the copies of earlier passes' frames grow without end.</li>
 * </ul>
 * checkcast leaves its operand's origin alone; every other instruction's results originate at it.
 */
final class StackOrigins {
    static final int MAX_PASSES = 16;

    private final byte[] code;
    private final boolean[] starts;
    private final OriginFrame[] frames;
    /** The pass in which each instruction got its frame (0: the first pass or a seed). */
    private final int[] firstPass;
    /** Whether each instruction was visited with a frame (its operands then passed the kind checks). */
    private final boolean[] visited;
    /** The frames at the end of each pass but the last, copied; the last pass's are {@link #frames}. */
    private OriginFrame[][] earlierPasses = new OriginFrame[0][];
    private final InstructionKinds kinds;
    private final ControlFlow flow;
    private boolean created;
    private int passNumber;

    private StackOrigins(ClassFile owner, byte[] code) {
        this.code = code;
        this.starts = InstructionLength.starts(code);
        if (starts == null) {
            throw new KindError("undefined or truncated instruction");
        }
        this.frames = new OriginFrame[code.length];
        this.firstPass = new int[code.length];
        this.visited = new boolean[code.length];
        this.kinds = new InstructionKinds(owner.pool());
        this.flow = new ControlFlow(code);
    }

    /** Analyses a method with code; malformed code is a {@link KindError}. */
    static StackOrigins analyze(ClassFile owner, MethodInfo method) {
        CodeAttribute attribute = method.code();
        StackOrigins s = new StackOrigins(owner, attribute.code());
        s.seed(attribute);
        while (true) {
            s.created = false;
            boolean complete = s.pass();
            if (!s.created || complete || s.passNumber + 1 == MAX_PASSES) {
                return s;
            }
            s.keepPass();
            s.passNumber++;
        }
    }

    /**
     * The frames, by pc, as the analysis for a NullPointerException at {@code pc} leaves them; null
     * when the analysis never visits {@code pc}.
     */
    OriginFrame[] framesFor(int pc) {
        if (pc < 0 || pc >= frames.length || !visited[pc]) {
            return null;
        }
        int pass = firstPass[pc];
        return pass < earlierPasses.length ? earlierPasses[pass] : frames;
    }

    byte[] code() {
        return code;
    }

    private void seed(CodeAttribute attribute) {
        frames[0] = new OriginFrame(attribute.maxStack());
        for (ExceptionHandler h : attribute.handlers()) {
            int handler = h.handlerPc();
            if (!starts[handler]) {
                throw new KindError("handler at " + handler + ", which is not the start of an instruction");
            }
            if (frames[handler] == null) {
                OriginFrame caught = new OriginFrame(Math.max(1, attribute.maxStack()));
                caught.pushUnknown(Kind.REF);
                frames[handler] = caught;
            }
        }
    }

    private void keepPass() {
        OriginFrame[] copy = new OriginFrame[frames.length];
        for (int i = 0; i < frames.length; i++) {
            copy[i] = frames[i] == null ? null : frames[i].copy();
        }
        OriginFrame[][] more = new OriginFrame[earlierPasses.length + 1][];
        System.arraycopy(earlierPasses, 0, more, 0, earlierPasses.length);
        more[earlierPasses.length] = copy;
        earlierPasses = more;
    }

    /** One pass over the code; true when every instruction had a frame. */
    private boolean pass() {
        boolean complete = true;
        for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
            if (frames[pc] == null) {
                complete = false;
            } else {
                step(pc);
            }
        }
        return complete;
    }

    private void step(int pc) {
        int opcode = code[pc] & 0xFF;
        if (opcode == Opcode.JSR || opcode == Opcode.RET || opcode == Opcode.JSR_W) {
            throw new KindError(OpcodeNames.of(opcode) + " is not supported");
        }
        OriginFrame after = frames[pc].copy();
        after.pc = pc;
        if (opcode != Opcode.CHECKCAST) {
            kinds.apply(after, code, pc);
        }
        visited[pc] = true;
        int n = flow.successors(pc);
        for (int i = 0; i < n; i++) {
            flowInto(flow.successor(i), after);
        }
    }

    private void flowInto(int target, OriginFrame state) {
        if (target < 0 || target >= code.length || !starts[target]) {
            throw new KindError("jump to " + target + ", which is not the start of an instruction");
        }
        if (frames[target] == null) {
            frames[target] = state.copy();
            firstPass[target] = passNumber;
            created = true;
        } else {
            frames[target].mergeFrom(state);
        }
    }
}
