package ingot.runtime.bytecode;

/**
 * The operand-stack effect of every instruction whose effect is fixed, written as
 * {@code pops>pushes} in kind letters (I F J D A), the top of the stack last. Instructions
 * whose effect depends on operands (locals, constants, fields, invokes, dups) have none here.
 */
final class StackEffects {
    private static final byte[][] POPS = new byte[256][];
    private static final byte[][] PUSHES = new byte[256][];

    static {
        set(0x00, 0x00, ">");
        set(0x01, 0x01, ">A");
        set(0x02, 0x08, ">I");
        set(0x09, 0x0A, ">J");
        set(0x0B, 0x0D, ">F");
        set(0x0E, 0x0F, ">D");
        set(0x10, 0x11, ">I");
        set(0x2E, 0x2E, "AI>I");
        set(0x2F, 0x2F, "AI>J");
        set(0x30, 0x30, "AI>F");
        set(0x31, 0x31, "AI>D");
        set(0x32, 0x32, "AI>A");
        set(0x33, 0x35, "AI>I");
        set(0x4F, 0x4F, "AII>");
        set(0x50, 0x50, "AIJ>");
        set(0x51, 0x51, "AIF>");
        set(0x52, 0x52, "AID>");
        set(0x53, 0x53, "AIA>");
        set(0x54, 0x56, "AII>");
        arithmetic(0x60); // add
        arithmetic(0x64); // sub
        arithmetic(0x68); // mul
        arithmetic(0x6C); // div
        arithmetic(0x70); // rem
        setEach(0x74, "I>I", "J>J", "F>F", "D>D");                 // neg
        setEach(0x78, "II>I", "JI>J", "II>I", "JI>J", "II>I", "JI>J"); // shifts
        setEach(0x7E, "II>I", "JJ>J", "II>I", "JJ>J", "II>I", "JJ>J"); // and, or, xor
        setEach(0x85, "I>J", "I>F", "I>D", "J>I", "J>F", "J>D", "F>I", "F>J", "F>D", "D>I", "D>J", "D>F",
                "I>I", "I>I", "I>I");                                 // conversions
        setEach(0x94, "JJ>I", "FF>I", "FF>I", "DD>I", "DD>I");        // comparisons
        set(0x99, 0x9E, "I>");    // if<cond>
        set(0x9F, 0xA4, "II>");   // if_icmp<cond>
        set(0xA5, 0xA6, "AA>");   // if_acmp<cond>
        set(0xA7, 0xA7, ">");     // goto
        set(0xAA, 0xAB, "I>");    // tableswitch, lookupswitch
        setEach(0xAC, "I>", "J>", "F>", "D>", "A>", ">"); // returns
        set(0xBC, 0xBD, "I>A");   // newarray, anewarray
        set(0xBE, 0xBE, "A>I");   // arraylength
        set(0xBF, 0xBF, "A>");    // athrow
        set(0xC0, 0xC0, "A>A");   // checkcast
        set(0xC1, 0xC1, "A>I");   // instanceof
        set(0xC2, 0xC3, "A>");    // monitorenter, monitorexit
        set(0xC6, 0xC7, "A>");    // ifnull, ifnonnull
        set(0xC8, 0xC8, ">");     // goto_w
    }

    private StackEffects() {
    }

    /** The kinds popped, deepest first, or null when the effect is not fixed. */
    static byte[] pops(int opcode) {
        return POPS[opcode];
    }

    /** The kinds pushed, deepest first. */
    static byte[] pushes(int opcode) {
        return PUSHES[opcode];
    }

    private static void arithmetic(int first) {
        setEach(first, "II>I", "JJ>J", "FF>F", "DD>D");
    }

    private static void setEach(int first, String... effects) {
        for (int i = 0; i < effects.length; i++) {
            set(first + i, first + i, effects[i]);
        }
    }

    private static void set(int from, int to, String effect) {
        int arrow = effect.indexOf('>');
        byte[] pops = kinds(effect.substring(0, arrow));
        byte[] pushes = kinds(effect.substring(arrow + 1));
        for (int op = from; op <= to; op++) {
            POPS[op] = pops;
            PUSHES[op] = pushes;
        }
    }

    private static byte[] kinds(String letters) {
        byte[] out = new byte[letters.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Kind.ofLetter(letters.charAt(i));
        }
        return out;
    }
}
