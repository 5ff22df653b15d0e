package ingot.jit.compiler;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Label;

/**
 * The jump tables of a method's tableswitches, written after its code: each entry is the 32-bit
 * distance from the table's start to its target.
 */
final class SwitchTables {
    private Label[] bases = new Label[4];
    private Label[][] targets = new Label[4][];
    private int count;

    void add(Label base, Label[] entries) {
        if (count == bases.length) {
            Label[] moreBases = new Label[count * 2];
            Label[][] moreTargets = new Label[count * 2][];
            System.arraycopy(bases, 0, moreBases, 0, count);
            System.arraycopy(targets, 0, moreTargets, 0, count);
            bases = moreBases;
            targets = moreTargets;
        }
        bases[count] = base;
        targets[count] = entries;
        count++;
    }

    void emit(Assembler asm) {
        for (int t = 0; t < count; t++) {
            asm.alignData(4);
            asm.bind(bases[t]);
            for (Label target : targets[t]) {
                asm.ddDelta(target, bases[t]);
            }
        }
        count = 0;
    }
}
