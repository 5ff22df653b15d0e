package ingot.runtime.bytecode;

/** Reads instruction operands from a code array (big-endian, as JVMS §6 lays them out). */
final class Operands {
    private Operands() {
    }

    static int u1(byte[] code, int at) {
        return code[at] & 0xFF;
    }

    static int u2(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    static int s2(byte[] code, int at) {
        return (short) u2(code, at);
    }

    static int s4(byte[] code, int at) {
        return (u2(code, at) << 16) | u2(code, at + 2);
    }

    /** The first operand byte of a tableswitch or lookupswitch at {@code pc}: past the padding. */
    static int switchOperands(int pc) {
        return (pc + 4) & ~3;
    }
}
