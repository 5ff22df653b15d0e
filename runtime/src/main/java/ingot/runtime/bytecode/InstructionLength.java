package ingot.runtime.bytecode;

/** The length in bytes of each JVM instruction (JVMS §6.5), including its operands and padding. */
public final class InstructionLength {
    public static final int WIDE = 0xC4;
    public static final int TABLESWITCH = 0xAA;
    public static final int LOOKUPSWITCH = 0xAB;
    public static final int IINC = 0x84;
    private static final int VARIABLE = 0;
    private static final int UNDEFINED = -1;
    private static final byte[] FIXED = fixedLengths();

    private InstructionLength() {
    }

    /**
     * The length of the instruction at {@code pc}, or -1 when the opcode is undefined or the
     * instruction runs past {@code code.length}.
     */
    public static int at(byte[] code, int pc) {
        int opcode = code[pc] & 0xFF;
        int length = FIXED[opcode];
        if (length == VARIABLE) {
            length = variableLength(code, pc, opcode);
        }
        return length > 0 && length <= code.length - pc ? length : UNDEFINED;
    }

    /**
     * Marks the offsets where instructions start, walking the code from 0; null when an
     * instruction there is undefined or truncated.
     */
    public static boolean[] starts(byte[] code) {
        boolean[] starts = new boolean[code.length];
        int pc = 0;
        while (pc < code.length) {
            int length = at(code, pc);
            if (length < 0) {
                return null;
            }
            starts[pc] = true;
            pc += length;
        }
        return starts;
    }

    private static int variableLength(byte[] code, int pc, int opcode) {
        if (opcode == WIDE) {
            return pc + 1 < code.length ? wideLength(code[pc + 1] & 0xFF) : UNDEFINED;
        }
        int operands = (pc + 4) & ~3; // the 4-byte aligned start of default
        int header = opcode == TABLESWITCH ? 12 : 8; // default, low, high | default, npairs
        if (operands + header > code.length) {
            return UNDEFINED;
        }
        long size;
        if (opcode == TABLESWITCH) {
            int low = readInt(code, operands + 4);
            int high = readInt(code, operands + 8);
            size = low <= high ? header + ((long) high - low + 1) * 4 : -1;
        } else {
            int pairs = readInt(code, operands + 4);
            size = pairs >= 0 ? header + (long) pairs * 8 : -1;
        }
        if (size < 0 || operands + size > code.length) {
            return UNDEFINED;
        }
        return (int) (operands - pc + size);
    }

    /** wide modifies iinc (6 bytes in all) or a local load, store or ret (4 bytes). */
    private static int wideLength(int modified) {
        if (modified == IINC) {
            return 6;
        }
        boolean loadOrStore = (modified >= 0x15 && modified <= 0x19) || (modified >= 0x36 && modified <= 0x3A);
        return loadOrStore || modified == 0xA9 ? 4 : UNDEFINED;
    }

    private static int readInt(byte[] code, int i) {
        return ((code[i] & 0xFF) << 24) | ((code[i + 1] & 0xFF) << 16) | ((code[i + 2] & 0xFF) << 8) | (code[i + 3] & 0xFF);
    }

    private static byte[] fixedLengths() {
        byte[] t = new byte[256];
        fill(t, 0x00, 0xC9, 1);
        fill(t, 0xCA, 0xFF, UNDEFINED);
        t[0x10] = 2; // bipush
        t[0x11] = 3; // sipush
        t[0x12] = 2; // ldc
        t[0x13] = 3; // ldc_w
        t[0x14] = 3; // ldc2_w
        fill(t, 0x15, 0x19, 2); // iload .. aload
        fill(t, 0x36, 0x3A, 2); // istore .. astore
        t[IINC] = 3;
        fill(t, 0x99, 0xA8, 3); // if<cond>, if_icmp<cond>, if_acmp<cond>, goto, jsr
        t[0xA9] = 2; // ret
        t[TABLESWITCH] = VARIABLE;
        t[LOOKUPSWITCH] = VARIABLE;
        fill(t, 0xB2, 0xB8, 3); // get/put field/static, invokevirtual/special/static
        t[0xB9] = 5; // invokeinterface
        t[0xBA] = 5; // invokedynamic
        t[0xBB] = 3; // new
        t[0xBC] = 2; // newarray
        t[0xBD] = 3; // anewarray
        t[0xC0] = 3; // checkcast
        t[0xC1] = 3; // instanceof
        t[WIDE] = VARIABLE;
        t[0xC5] = 4; // multianewarray
        t[0xC6] = 3; // ifnull
        t[0xC7] = 3; // ifnonnull
        t[0xC8] = 5; // goto_w
        t[0xC9] = 5; // jsr_w
        return t;
    }

    private static void fill(byte[] t, int from, int to, int value) {
        for (int i = from; i <= to; i++) {
            t[i] = (byte) value;
        }
    }
}
