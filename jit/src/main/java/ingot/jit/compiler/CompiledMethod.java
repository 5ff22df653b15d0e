package ingot.jit.compiler;

import ingot.jit.asm.Label;

/**
 * What the compiler made of a method, beyond its code: where the code starts and ends, the frame
 * size, each instruction's label, and the call sites. The translator turns it into the tables
 * the runtime walks (code ranges, pc maps, exception handlers with their native addresses).
 */
public final class CompiledMethod {
    private final String entry;
    private final Label start;
    private final Label end;
    private final int frameBytes;
    private final Label[] instructionLabels;
    private final CallSites callSites;

    CompiledMethod(String entry, Label start, Label end, int frameBytes, Label[] instructionLabels, CallSites callSites) {
        this.entry = entry;
        this.start = start;
        this.end = end;
        this.frameBytes = frameBytes;
        this.instructionLabels = instructionLabels;
        this.callSites = callSites;
    }

    /** The entry symbol's name. */
    public String entry() {
        return entry;
    }

    public Label start() {
        return start;
    }

    /** Bound after the method's code and jump tables. */
    public Label end() {
        return end;
    }

    /** Bytes between rbp and rsp in the method's frame, after its prologue. */
    public int frameBytes() {
        return frameBytes;
    }

    /** The label of the instruction at {@code pc} (a handler's native address), or null inside an instruction. */
    public Label instructionLabel(int pc) {
        return instructionLabels[pc];
    }

    public CallSites callSites() {
        return callSites;
    }
}
