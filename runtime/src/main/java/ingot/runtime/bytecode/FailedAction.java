package ingot.runtime.bytecode;

import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.Descriptors;

/**
 * The instructions that throw NullPointerException on a null operand, what HotSpot says each
 * could not do ("Cannot load from int array", "Cannot invoke \"String.length()\""), and which
 * operand-stack value is the one checked.
 */
final class FailedAction {
    private static final int IALOAD = 0x2E;
    private static final int SALOAD = 0x35;
    private static final int IASTORE = 0x4F;
    private static final int SASTORE = 0x56;
    private static final int GETFIELD = 0xB4;
    private static final int PUTFIELD = 0xB5;
    private static final int INVOKEVIRTUAL = 0xB6;
    private static final int INVOKESPECIAL = 0xB7;
    private static final int INVOKEINTERFACE = 0xB9;
    private static final int ARRAYLENGTH = 0xBE;
    private static final int ATHROW = 0xBF;
    private static final int MONITORENTER = 0xC2;
    private static final int MONITOREXIT = 0xC3;
    /** Element types of the typed array loads and stores, in opcode order. */
    private static final String[] ARRAYS = {"int", "long", "float", "double", "object", "byte/boolean", "char", "short"};

    private FailedAction() {
    }

    /** What the instruction at {@code pc} could not do, or null when it throws no NullPointerException. */
    static String of(byte[] code, int pc, ConstantPool pool) {
        int opcode = code[pc] & 0xFF;
        if (opcode >= IALOAD && opcode <= SALOAD) {
            return "Cannot load from " + ARRAYS[opcode - IALOAD] + " array";
        }
        if (opcode >= IASTORE && opcode <= SASTORE) {
            return "Cannot store to " + ARRAYS[opcode - IASTORE] + " array";
        }
        switch (opcode) {
            case ARRAYLENGTH: return "Cannot read the array length";
            case ATHROW: return "Cannot throw exception";
            case MONITORENTER: return "Cannot enter synchronized block";
            case MONITOREXIT: return "Cannot exit synchronized block";
            case GETFIELD: return "Cannot read field \"" + JavaNames.fieldName(pool, Operands.u2(code, pc + 1)) + "\"";
            case PUTFIELD: return "Cannot assign field \"" + JavaNames.fieldName(pool, Operands.u2(code, pc + 1)) + "\"";
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKEINTERFACE:
                return "Cannot invoke \"" + JavaNames.ofMethod(pool, Operands.u2(code, pc + 1)) + "\"";
            default: return null;
        }
    }

    /**
     * Which value the instruction at {@code pc} (one that {@link #of} describes) checks for null,
     * counted from the top of the stack (0 = the top).
     */
    static int checkedValue(byte[] code, int pc, ConstantPool pool) {
        int opcode = code[pc] & 0xFF;
        if (opcode >= IALOAD && opcode <= SALOAD) {
            return 1; // array, index
        }
        if (opcode >= IASTORE && opcode <= SASTORE) {
            return 2; // array, index, value
        }
        if (opcode == PUTFIELD) {
            return 1; // object, value
        }
        if (opcode >= INVOKEVIRTUAL && opcode <= INVOKEINTERFACE) {
            return parameterCount(pool.nameAndTypeDescriptor(pool.nameAndType(Operands.u2(code, pc + 1))));
        }
        return 0;
    }

    private static int parameterCount(String descriptor) {
        int count = 0;
        for (int i = 1; descriptor.charAt(i) != ')'; i = Descriptors.fieldTypeEnd(descriptor, i)) {
            count++;
        }
        return count;
    }
}
