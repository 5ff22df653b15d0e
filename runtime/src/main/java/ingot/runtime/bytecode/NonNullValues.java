package ingot.runtime.bytecode;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.MethodInfo;

/**
 * Operand-stack values that cannot be null, judged by the instruction that pushed them: new
 * objects and arrays, constants of the pool other than dynamically-computed ones (JVMS §5.4.3.6
 * may give null), and {@code this} — an instance method's slot 0 while no store has replaced it.
 */
final class NonNullValues {

    private NonNullValues() {
    }

    /** True when the value {@code k} below the top of {@code user}'s stack cannot be null. */
    static boolean isNonNull(byte[] code, ConstantPool pool, MethodInfo method, OriginFrame user, int k) {
        int origin = user.originOf(k);
        if (origin == OriginFrame.UNKNOWN) {
            return false;
        }
        int opcode = code[origin] & 0xFF;
        switch (opcode) {
            case Opcode.NEW: case Opcode.NEWARRAY: case Opcode.ANEWARRAY: case Opcode.MULTIANEWARRAY:
                return true;
            case Opcode.LDC:
                return pool.tag(code[origin + 1] & 0xFF) != ConstantTag.DYNAMIC;
            case Opcode.LDC_W:
                return pool.tag(Operands.u2(code, origin + 1)) != ConstantTag.DYNAMIC;
            default:
                boolean instance = (method.access() & AccessFlags.STATIC) == 0;
                return instance && NullCause.loadedLocal(code, origin) == 0 && !user.wasWritten(0);
        }
    }
}
