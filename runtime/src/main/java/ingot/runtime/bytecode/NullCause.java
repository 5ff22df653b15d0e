package ingot.runtime.bytecode;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.Descriptors;
import ingot.runtime.classfile.LocalVariables;
import ingot.runtime.classfile.MethodInfo;

/**
 * Describes the value an instruction found null by the instruction that produced it, as HotSpot's
 * messages do: {@code "this.head"}, {@code "<local1>[3]"}, {@code "Cls.f"}, the return value of
 * {@code "Cls.m(int)"}. An expression spends one unit of a budget of 5 per field, array or call
 * step towards its root (an array index is described with the budget of its array access); past
 * the budget or at a value no expression describes, a field shows its name alone, an array
 * {@code <array>} and an index {@code ...}. Whether a local is still a parameter is judged in the
 * frame of the instruction that used the value (for the null value itself, the faulting one's).
 */
final class NullCause {
    private static final int BUDGET = 5;
    /** A guard against recursion on crafted code (indices nest without spending budget). */
    private static final int MAX_NESTING = 200;

    private final byte[] code;
    private final ConstantPool pool;
    private final MethodInfo method;
    private final LocalVariables names;

    NullCause(byte[] code, ConstantPool pool, MethodInfo method) {
        this.code = code;
        this.pool = pool;
        this.method = method;
        this.names = method.code().localVariables();
    }

    /**
     * The " because ... is null" clause (with its leading space) for the null value {@code k} below the
     * top of the stack before the instruction at {@code pc}, or null when HotSpot gives none;
     * {@code frames} are the analysis's frames for that instruction.
     */
    String because(OriginFrame[] frames, int pc, int k) {
        int origin = frames[pc].originOf(k);
        if (origin == OriginFrame.UNKNOWN) {
            return null;
        }
        if (isInvoke(code[origin] & 0xFF)) {
            return " because the return value of \"" + JavaNames.ofMethod(pool, Operands.u2(code, origin + 1)) + "\" is null";
        }
        String expression = expression(frames, frames[pc], k, BUDGET, 0);
        return expression == null ? null : " because \"" + expression + "\" is null";
    }

    /** The source-like expression for the value {@code k} below the top of {@code user}'s stack, or null. */
    private String expression(OriginFrame[] frames, OriginFrame user, int k, int budget, int nesting) {
        int pc = user.originOf(k);
        if (pc == OriginFrame.UNKNOWN || budget <= 0 || nesting > MAX_NESTING) {
            return null;
        }
        int opcode = code[pc] & 0xFF;
        if (opcode == Opcode.ACONST_NULL) {
            return "null";
        }
        if (opcode >= Opcode.ICONST_M1 && opcode <= Opcode.ICONST_5) {
            return Integer.toString(opcode - Opcode.ICONST_M1 - 1);
        }
        if (opcode == Opcode.BIPUSH) {
            return Integer.toString(code[pc + 1]);
        }
        if (opcode == Opcode.SIPUSH) {
            return Integer.toString(Operands.s2(code, pc + 1));
        }
        int slot = loadedLocal(code, pc);
        if (slot >= 0) {
            return local(slot, pc, user);
        }
        if (opcode >= Opcode.IALOAD && opcode <= Opcode.SALOAD) {
            return element(frames, frames[pc], budget, nesting);
        }
        if (opcode == Opcode.GETSTATIC) {
            return JavaNames.ofStaticField(pool, Operands.u2(code, pc + 1));
        }
        if (opcode == Opcode.GETFIELD) {
            String object = expression(frames, frames[pc], 0, budget - 1, nesting + 1);
            String name = JavaNames.fieldName(pool, Operands.u2(code, pc + 1));
            return object == null ? name : object + "." + name;
        }
        if (isInvoke(opcode)) {
            return JavaNames.ofMethod(pool, Operands.u2(code, pc + 1));
        }
        return null;
    }

    /** {@code array[index]} for an array load whose frame is {@code load}. */
    private String element(OriginFrame[] frames, OriginFrame load, int budget, int nesting) {
        String array = expression(frames, load, 1, budget - 1, nesting + 1);
        String index = expression(frames, load, 0, budget, nesting + 1);
        return (array == null ? "<array>" : array) + "[" + (index == null ? "..." : index) + "]";
    }

    /** The local slot the instruction at {@code pc} loads, or -1 when it is no load. */
    static int loadedLocal(byte[] code, int pc) {
        int opcode = code[pc] & 0xFF;
        if (opcode >= Opcode.ILOAD && opcode <= Opcode.ALOAD) {
            return code[pc + 1] & 0xFF;
        }
        if (opcode >= Opcode.ILOAD_0 && opcode <= Opcode.ALOAD_3) {
            return (opcode - Opcode.ILOAD_0) % 4;
        }
        if (opcode == Opcode.WIDE) {
            int modified = code[pc + 1] & 0xFF;
            return modified >= Opcode.ILOAD && modified <= Opcode.ALOAD ? Operands.u2(code, pc + 2) : -1;
        }
        return -1;
    }

    /**
     * A local loaded at {@code pc}, by its LocalVariableTable name; else {@code this},
     * {@code <parameterN>} (N from 1) while no store may have replaced the parameter before
     * {@code user}, or {@code <localN>} by slot.
     */
    private String local(int slot, int pc, OriginFrame user) {
        String name = names.nameAt(slot, pc);
        if (name != null) {
            return name;
        }
        boolean isStatic = (method.access() & AccessFlags.STATIC) != 0;
        if (!user.wasWritten(slot)) {
            if (!isStatic && slot == 0) {
                return "this";
            }
            int parameter = parameterAt(slot, isStatic ? 0 : 1);
            if (parameter > 0) {
                return "<parameter" + parameter + ">";
            }
        }
        return "<local" + slot + ">";
    }

    /** The number (from 1) of the declared parameter occupying {@code slot}, or 0. */
    private int parameterAt(int slot, int firstSlot) {
        String descriptor = method.descriptor();
        int at = firstSlot;
        int number = 1;
        for (int i = 1; descriptor.charAt(i) != ')'; number++) {
            char c = descriptor.charAt(i);
            int size = c == 'J' || c == 'D' ? 2 : 1;
            if (slot >= at && slot < at + size) {
                return number;
            }
            at += size;
            i = Descriptors.fieldTypeEnd(descriptor, i);
        }
        return 0;
    }

    private static boolean isInvoke(int opcode) {
        return opcode >= Opcode.INVOKEVIRTUAL && opcode <= Opcode.INVOKEINTERFACE;
    }
}
