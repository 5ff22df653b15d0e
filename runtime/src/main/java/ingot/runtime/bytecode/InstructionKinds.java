package ingot.runtime.bytecode;

import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.Descriptors;

/**
 * Applies one instruction's effect on the kinds of a {@link FrameState}. Fixed effects come from
 * {@link StackEffects}; the rest (constants, locals, fields, invokes, the dup family) are worked
 * out here from the operands and the constant pool, one small method per family.
 */
final class InstructionKinds {
    private static final int LDC = 0x12;
    private static final int LDC_W = 0x13;
    private static final int LDC2_W = 0x14;
    private static final int ILOAD = 0x15;
    private static final int ALOAD_3 = 0x2D;
    private static final int ISTORE = 0x36;
    private static final int ASTORE_3 = 0x4E;
    private static final int POP = 0x57;
    private static final int SWAP = 0x5F;
    private static final int IINC = 0x84;
    private static final int GETSTATIC = 0xB2;
    private static final int PUTFIELD = 0xB5;
    private static final int INVOKEVIRTUAL = 0xB6;
    private static final int INVOKEDYNAMIC = 0xBA;
    private static final int NEW = 0xBB;
    private static final int WIDE = 0xC4;
    private static final int MULTIANEWARRAY = 0xC5;
    /** Kinds of the typed load and store families, in opcode order: i l f d a. */
    private static final byte[] FAMILY = {Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.REF};

    private final ConstantPool pool;

    InstructionKinds(ConstantPool pool) {
        this.pool = pool;
    }

    void apply(FrameState s, byte[] code, int pc) {
        int opcode = code[pc] & 0xFF;
        byte[] pops = StackEffects.pops(opcode);
        if (pops != null) {
            popAll(s, pops);
            pushAll(s, StackEffects.pushes(opcode));
        } else if (opcode >= LDC && opcode <= LDC2_W) {
            constant(s, opcode == LDC ? Operands.u1(code, pc + 1) : Operands.u2(code, pc + 1), opcode == LDC2_W);
        } else if (opcode >= ILOAD && opcode <= ALOAD_3) {
            load(s, opcode, code, pc);
        } else if (opcode >= ISTORE && opcode <= ASTORE_3) {
            store(s, opcode, code, pc);
        } else if (opcode >= POP && opcode <= SWAP) {
            stackManipulation(s, opcode);
        } else if (opcode == IINC) {
            s.load(Operands.u1(code, pc + 1), Kind.INT);
        } else if (opcode >= GETSTATIC && opcode <= PUTFIELD) {
            field(s, opcode, Operands.u2(code, pc + 1));
        } else if (opcode >= INVOKEVIRTUAL && opcode <= INVOKEDYNAMIC) {
            invoke(s, opcode, Operands.u2(code, pc + 1));
        } else if (opcode == NEW) {
            s.push(Kind.REF);
        } else if (opcode == MULTIANEWARRAY) {
            popMany(s, Operands.u1(code, pc + 3), Kind.INT);
            s.push(Kind.REF);
        } else if (opcode == WIDE) {
            wide(s, code, pc);
        } else {
            throw new KindError("instruction " + OpcodeNames.of(opcode) + " is not supported");
        }
    }

    private void constant(FrameState s, int index, boolean wide) {
        int tag = pool.tag(index);
        byte kind;
        switch (tag) {
            case ConstantTag.INTEGER: kind = Kind.INT; break;
            case ConstantTag.FLOAT: kind = Kind.FLOAT; break;
            case ConstantTag.LONG: kind = Kind.LONG; break;
            case ConstantTag.DOUBLE: kind = Kind.DOUBLE; break;
            case ConstantTag.DYNAMIC: kind = Kind.ofDescriptor(pool.nameAndTypeDescriptor(pool.nameAndType(index)), 0); break;
            case ConstantTag.STRING: case ConstantTag.CLASS: case ConstantTag.METHOD_TYPE: case ConstantTag.METHOD_HANDLE:
                kind = Kind.REF;
                break;
            default:
                throw new KindError("ldc of pool index " + index + ", which is not a loadable constant");
        }
        if (wide != (Kind.size(kind) == 2)) {
            throw new KindError((wide ? "ldc2_w" : "ldc") + " of a " + ConstantTag.name(tag) + " constant");
        }
        s.push(kind);
    }

    /** iload..aload take an index operand; iload_0..aload_3 encode it: 4 per kind. */
    private static void load(FrameState s, int opcode, byte[] code, int pc) {
        if (opcode < 0x1A) {
            byte kind = FAMILY[opcode - ILOAD];
            s.push(s.load(Operands.u1(code, pc + 1), kind));
        } else {
            int n = opcode - 0x1A;
            s.push(s.load(n % 4, FAMILY[n / 4]));
        }
    }

    private static void store(FrameState s, int opcode, byte[] code, int pc) {
        if (opcode < 0x3B) {
            byte kind = FAMILY[opcode - ISTORE];
            s.pop(kind);
            s.store(Operands.u1(code, pc + 1), kind);
        } else {
            int n = opcode - 0x3B;
            s.pop(FAMILY[n / 4]);
            s.store(n % 4, FAMILY[n / 4]);
        }
    }

    /** wide iload..aload, istore..astore, iinc with a two-byte local index. */
    private static void wide(FrameState s, byte[] code, int pc) {
        int modified = code[pc + 1] & 0xFF;
        int index = Operands.u2(code, pc + 2);
        if (modified == IINC) {
            s.load(index, Kind.INT);
        } else if (modified >= ILOAD && modified < ILOAD + 5) {
            byte kind = FAMILY[modified - ILOAD];
            s.push(s.load(index, kind));
        } else if (modified >= ISTORE && modified < ISTORE + 5) {
            byte kind = FAMILY[modified - ISTORE];
            s.pop(kind);
            s.store(index, kind);
        } else {
            throw new KindError("wide modifies " + OpcodeNames.of(modified));
        }
    }

    /** pop pop2 dup dup_x1 dup_x2 dup2 dup2_x1 dup2_x2 swap, by slots (JVMS §6.5, all forms). */
    private static void stackManipulation(FrameState s, int opcode) {
        switch (opcode - POP) {
            case 0: s.popSlots(1); break;
            case 1: s.popSlots(2); break;
            case 2: s.duplicate(1, 1); break;
            case 3: s.duplicate(1, 2); break;
            case 4: s.duplicate(1, 3); break;
            case 5: s.duplicate(2, 2); break;
            case 6: s.duplicate(2, 3); break;
            case 7: s.duplicate(2, 4); break;
            default: s.swap(); break;
        }
    }

    private void field(FrameState s, int opcode, int index) {
        if (pool.tag(index) != ConstantTag.FIELDREF) {
            throw new KindError(OpcodeNames.of(opcode) + " of pool index " + index + ", which is not a Fieldref");
        }
        byte kind = Kind.ofDescriptor(pool.nameAndTypeDescriptor(pool.nameAndType(index)), 0);
        boolean isPut = (opcode & 1) == 1; // putstatic 0xB3, putfield 0xB5
        boolean isInstance = opcode >= 0xB4;
        if (isPut) {
            s.pop(kind);
        }
        if (isInstance) {
            s.pop(Kind.REF);
        }
        if (!isPut) {
            s.push(kind);
        }
    }

    private void invoke(FrameState s, int opcode, int index) {
        int tag = pool.tag(index);
        boolean dynamic = opcode == INVOKEDYNAMIC;
        boolean valid = dynamic ? tag == ConstantTag.INVOKE_DYNAMIC
                : tag == ConstantTag.METHODREF || tag == ConstantTag.INTERFACE_METHODREF;
        if (!valid) {
            throw new KindError(OpcodeNames.of(opcode) + " of pool index " + index + ", a " + ConstantTag.name(tag));
        }
        String descriptor = pool.nameAndTypeDescriptor(pool.nameAndType(index));
        popArguments(s, descriptor);
        if (!dynamic && opcode != 0xB8) { // all but invokestatic take a receiver
            s.pop(Kind.REF);
        }
        byte result = Kind.ofDescriptor(descriptor, descriptor.indexOf(')') + 1);
        if (result != Kind.TOP) {
            s.push(result);
        }
    }

    /** Pops a method descriptor's arguments, last first. */
    private static void popArguments(FrameState s, String descriptor) {
        int count = 0;
        byte[] kinds = new byte[descriptor.length()];
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            kinds[count++] = Kind.ofDescriptor(descriptor, i);
            i = Descriptors.fieldTypeEnd(descriptor, i);
        }
        for (int k = count - 1; k >= 0; k--) {
            s.pop(kinds[k]);
        }
    }

    private static void popAll(FrameState s, byte[] kinds) {
        for (int i = kinds.length - 1; i >= 0; i--) {
            s.pop(kinds[i]);
        }
    }

    private static void pushAll(FrameState s, byte[] kinds) {
        for (byte k : kinds) {
            s.push(k);
        }
    }

    private static void popMany(FrameState s, int n, byte kind) {
        if (n == 0) {
            throw new KindError("multianewarray with 0 dimensions");
        }
        for (int i = 0; i < n; i++) {
            s.pop(kind);
        }
    }
}
