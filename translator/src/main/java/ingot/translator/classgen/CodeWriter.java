package ingot.translator.classgen;

import java.io.ByteArrayOutputStream;

/**
 * Straight-line bytecode of one method, with its operand-stack high-water mark: each append
 * states how many stack slots it pops and pushes (a long or double counts two), so max_stack is
 * exact. Types are given as descriptor characters ({@code I J F D L} ..., {@code V} for void).
 */
public final class CodeWriter {
    private static final int NEW = 0xBB;
    private static final int CHECKCAST = 0xC0;
    private static final int DUP = 0x59;
    private static final int POP = 0x57;
    private static final int POP2 = 0x58;
    private static final int RETURN = 0xB1;
    private static final int GETSTATIC = 0xB2;
    private static final int GETFIELD = 0xB4;
    private static final int PUTFIELD = 0xB5;

    /** The invoke opcodes {@link #invoke} takes. */
    public static final int INVOKEVIRTUAL = 0xB6;
    public static final int INVOKESPECIAL = 0xB7;
    public static final int INVOKESTATIC = 0xB8;
    public static final int INVOKEINTERFACE = 0xB9;

    private final PoolWriter pool;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final int maxLocals;
    private int depth;
    private int maxStack;

    CodeWriter(PoolWriter pool, int maxLocals) {
        this.pool = pool;
        this.maxLocals = maxLocals;
    }

    /** The number of stack or local slots a value of this type takes: 2 for J and D, 0 for V, else 1. */
    public static int slots(char type) {
        return type == 'J' || type == 'D' ? 2 : type == 'V' ? 0 : 1;
    }

    /** iload, lload, fload, dload or aload of local {@code slot}. */
    public void load(char type, int slot) {
        op(0x15 + typeOffset(type), 0, slots(type));
        u1(slot);
    }

    /** ireturn ... areturn, or return for {@code V}. */
    public void returnValue(char type) {
        op(type == 'V' ? RETURN : 0xAC + typeOffset(type), slots(type), 0);
    }

    /** Discards a value of this type (pop or pop2); nothing for {@code V}. */
    public void pop(char type) {
        if (type != 'V') {
            op(slots(type) == 2 ? POP2 : POP, slots(type), 0);
        }
    }

    public void dup() {
        op(DUP, 1, 2);
    }

    public void newObject(String internalName) {
        op(NEW, 0, 1);
        u2(pool.classEntry(internalName));
    }

    public void checkcast(String internalName) {
        op(CHECKCAST, 1, 1);
        u2(pool.classEntry(internalName));
    }

    /** A one-byte instruction with no operands (a conversion such as i2l), given its stack effect. */
    public void simple(int opcode, int popped, int pushed) {
        op(opcode, popped, pushed);
    }

    public void getstatic(String owner, String name, String descriptor) {
        op(GETSTATIC, 0, slots(descriptor.charAt(0)));
        u2(pool.field(owner, name, descriptor));
    }

    public void getfield(String owner, String name, String descriptor) {
        op(GETFIELD, 1, slots(descriptor.charAt(0)));
        u2(pool.field(owner, name, descriptor));
    }

    public void putfield(String owner, String name, String descriptor) {
        op(PUTFIELD, 1 + slots(descriptor.charAt(0)), 0);
        u2(pool.field(owner, name, descriptor));
    }

    /** An invoke instruction; the receiver, if any, is popped with the arguments. */
    public void invoke(int opcode, String owner, String name, String descriptor, boolean ownerIsInterface) {
        int arguments = parameterSlots(descriptor) + (opcode == INVOKESTATIC ? 0 : 1);
        op(opcode, arguments, slots(descriptor.charAt(descriptor.indexOf(')') + 1)));
        u2(pool.method(owner, name, descriptor, ownerIsInterface));
        if (opcode == INVOKEINTERFACE) {
            u1(arguments);
            u1(0);
        }
    }

    /** The slots a method descriptor's parameters take. */
    public static int parameterSlots(String descriptor) {
        int n = 0;
        for (String p : MethodType.parameters(descriptor)) {
            n += slots(p.charAt(0));
        }
        return n;
    }

    private static int typeOffset(char type) {
        switch (type) {
            case 'Z': case 'B': case 'C': case 'S': case 'I': return 0;
            case 'J': return 1;
            case 'F': return 2;
            case 'D': return 3;
            case 'L': case '[': return 4;
            default: throw new IllegalArgumentException("no load or return of type " + type);
        }
    }

    private void op(int opcode, int popped, int pushed) {
        if (popped > depth) {
            throw new IllegalStateException("opcode " + opcode + " pops " + popped + " of " + depth + " stack slots");
        }
        code.write(opcode);
        depth += pushed - popped;
        maxStack = Math.max(maxStack, depth);
    }

    private void u1(int value) {
        code.write(value);
    }

    private void u2(int value) {
        code.write(value >>> 8);
        code.write(value);
    }

    int maxStack() {
        return maxStack;
    }

    int maxLocals() {
        return maxLocals;
    }

    byte[] bytes() {
        return code.toByteArray();
    }
}
