package ingot.runtime.bytecode;

import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.Descriptors;

/**
 * The instructions that throw NullPointerException on a null operand, what HotSpot says each
 * could not do ("Cannot load from int array", "Cannot invoke \"String.length()\""), and which
 * operand-stack value is the one checked.
 */
final class FailedAction {
    /** Element types of the typed array loads and stores, in opcode order. */
    private static final String[] ARRAYS = {"int", "long", "float", "double", "object", "byte/boolean", "char", "short"};

    private FailedAction() {
    }

    /** What the instruction at {@code pc} could not do, or null when it throws no NullPointerException. */
    static String of(byte[] code, int pc, ConstantPool pool) {
        int opcode = code[pc] & 0xFF;
        if (opcode >= Opcode.IALOAD && opcode <= Opcode.SALOAD) {
            return "Cannot load from " + ARRAYS[opcode - Opcode.IALOAD] + " array";
        }
        if (opcode >= Opcode.IASTORE && opcode <= Opcode.SASTORE) {
            return "Cannot store to " + ARRAYS[opcode - Opcode.IASTORE] + " array";
        }
        switch (opcode) {
            case Opcode.ARRAYLENGTH: return "Cannot read the array length";
            case Opcode.ATHROW: return "Cannot throw exception";
            case Opcode.MONITORENTER: return "Cannot enter synchronized block";
            case Opcode.MONITOREXIT: return "Cannot exit synchronized block";
            case Opcode.GETFIELD: return "Cannot read field \"" + JavaNames.fieldName(pool, Operands.u2(code, pc + 1)) + "\"";
            case Opcode.PUTFIELD: return "Cannot assign field \"" + JavaNames.fieldName(pool, Operands.u2(code, pc + 1)) + "\"";
            case Opcode.INVOKEVIRTUAL: case Opcode.INVOKESPECIAL: case Opcode.INVOKEINTERFACE:
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
        if (opcode >= Opcode.IALOAD && opcode <= Opcode.SALOAD) {
            return 1; // array, index
        }
        if (opcode >= Opcode.IASTORE && opcode <= Opcode.SASTORE) {
            return 2; // array, index, value
        }
        if (opcode == Opcode.PUTFIELD) {
            return 1; // object, value
        }
        if (opcode >= Opcode.INVOKEVIRTUAL && opcode <= Opcode.INVOKEINTERFACE) {
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
