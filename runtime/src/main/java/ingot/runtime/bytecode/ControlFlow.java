package ingot.runtime.bytecode;

/**
 * Where control goes after an instruction that completes normally (JVMS §6.5): the branch and
 * switch targets and, unless the instruction is a goto, switch, return or athrow, the next
 * instruction. Exception handlers are not successors here; each analysis treats them its own way.
 * One instance serves a method's instructions one at a time, reusing its buffer.
 */
final class ControlFlow {

    private final byte[] code;
    private int[] targets = new int[8];
    private int count;

    ControlFlow(byte[] code) {
        this.code = code;
    }

    /**
     * Finds the successors of the (well-formed) instruction at {@code pc}; returns how many there
     * are, read with {@link #successor}. Falling off the end of the code is a {@link KindError}.
     */
    int successors(int pc) {
        count = 0;
        int opcode = code[pc] & 0xFF;
        if (isConditionalBranch(opcode)) {
            add(pc + Operands.s2(code, pc + 1));
            fallThrough(pc);
        } else if (opcode == Opcode.GOTO) {
            add(pc + Operands.s2(code, pc + 1));
        } else if (opcode == Opcode.GOTO_W) {
            add(pc + Operands.s4(code, pc + 1));
        } else if (opcode == Opcode.TABLESWITCH || opcode == Opcode.LOOKUPSWITCH) {
            switchTargets(pc, opcode);
        } else if (!(opcode >= Opcode.IRETURN && opcode <= Opcode.RETURN) && opcode != Opcode.ATHROW) {
            fallThrough(pc);
        }
        return count;
    }

    int successor(int i) {
        return targets[i];
    }

    private static boolean isConditionalBranch(int opcode) {
        return (opcode >= 0x99 && opcode <= 0xA6) || opcode == Opcode.IFNULL || opcode == Opcode.IFNONNULL;
    }

    private void switchTargets(int pc, int opcode) {
        int at = Operands.switchOperands(pc);
        add(pc + Operands.s4(code, at));
        if (opcode == Opcode.TABLESWITCH) {
            int low = Operands.s4(code, at + 4);
            int high = Operands.s4(code, at + 8);
            for (long i = 0; i <= (long) high - low; i++) {
                add(pc + Operands.s4(code, at + 12 + (int) i * 4));
            }
        } else {
            int pairs = Operands.s4(code, at + 4);
            for (int i = 0; i < pairs; i++) {
                add(pc + Operands.s4(code, at + 12 + i * 8));
            }
        }
    }

    private void fallThrough(int pc) {
        int next = pc + InstructionLength.at(code, pc);
        if (next >= code.length) {
            throw new KindError("execution falls off the end of the code");
        }
        add(next);
    }

    private void add(int target) {
        if (count == targets.length) {
            int[] bigger = new int[count * 2];
            System.arraycopy(targets, 0, bigger, 0, count);
            targets = bigger;
        }
        targets[count++] = target;
    }
}
