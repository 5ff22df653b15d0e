package ingot.translator.check;

import ingot.runtime.bytecode.InstructionLength;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.MethodInfo;

/**
 * Walks the bytecode of one {@code @Uninterruptible} method and reports each instruction that
 * breaks a low-level rule: allocation ({@code new}, {@code newarray}, {@code anewarray},
 * {@code multianewarray}, {@code invokedynamic}, {@code ldc} of a dynamic constant — both run a
 * bootstrap method), {@code athrow}, {@code monitorenter}, and calls that resolve to a method that
 * is neither marked nor an intrinsic, or do not resolve.
 */
final class MarkedCodeScanner {
    private static final int LDC = 0x12;
    private static final int LDC_W = 0x13;
    private static final int LDC2_W = 0x14;
    private static final int INVOKEVIRTUAL = 0xB6;
    private static final int INVOKESPECIAL = 0xB7;
    private static final int INVOKESTATIC = 0xB8;
    private static final int INVOKEINTERFACE = 0xB9;
    private static final int INVOKEDYNAMIC = 0xBA;
    private static final int NEW = 0xBB;
    private static final int NEWARRAY = 0xBC;
    private static final int ANEWARRAY = 0xBD;
    private static final int ATHROW = 0xBF;
    private static final int MONITORENTER = 0xC2;
    private static final int MULTIANEWARRAY = 0xC5;
    private static final String[] ARRAY_TYPES = {"boolean", "char", "float", "double", "byte", "short", "int", "long"};

    private final MethodResolver resolver;
    private final Violations out;
    private ClassFile c;
    private MethodInfo m;
    private byte[] code;

    MarkedCodeScanner(MethodResolver resolver, Violations out) {
        this.resolver = resolver;
        this.out = out;
    }

    void scan(ClassFile owner, MethodInfo method) {
        c = owner;
        m = method;
        code = method.code().code();
        int pc = 0;
        while (pc < code.length) {
            int length = InstructionLength.at(code, pc);
            if (length < 0) {
                out.atInstruction(c, m, pc, Violations.MALFORMED_CODE, "undefined or truncated instruction");
                return;
            }
            check(pc, code[pc] & 0xFF);
            pc += length;
        }
    }

    private void check(int pc, int opcode) {
        switch (opcode) {
            case NEW:
                classOperand(pc, Violations.ALLOCATION, "new");
                break;
            case NEWARRAY:
                out.atInstruction(c, m, pc, Violations.ALLOCATION, "newarray " + arrayType(code[pc + 1] & 0xFF));
                break;
            case ANEWARRAY:
                classOperand(pc, Violations.ALLOCATION, "anewarray");
                break;
            case MULTIANEWARRAY:
                classOperand(pc, Violations.ALLOCATION, "multianewarray");
                break;
            case INVOKEDYNAMIC:
                invokedynamic(pc);
                break;
            case LDC:
                ldc(pc, code[pc + 1] & 0xFF);
                break;
            case LDC_W:
            case LDC2_W:
                ldc(pc, u2(pc + 1));
                break;
            case ATHROW:
                out.atInstruction(c, m, pc, Violations.EXPLICIT_EXCEPTION, "athrow");
                break;
            case MONITORENTER:
                out.atInstruction(c, m, pc, Violations.SYNCHRONIZATION, "monitorenter");
                break;
            case INVOKEVIRTUAL:
            case INVOKESPECIAL:
            case INVOKESTATIC:
            case INVOKEINTERFACE:
                call(pc, opcode);
                break;
            default:
                break;
        }
    }

    private void classOperand(int pc, String rule, String mnemonic) {
        int index = u2(pc + 1);
        ConstantPool pool = c.pool();
        if (pool.tag(index) != ConstantTag.CLASS) {
            malformed(pc, mnemonic + " names pool index " + index + ", not a Class entry");
            return;
        }
        out.atInstruction(c, m, pc, rule, mnemonic + " " + pool.className(index));
    }

    private void invokedynamic(int pc) {
        int index = u2(pc + 1);
        ConstantPool pool = c.pool();
        if (pool.tag(index) != ConstantTag.INVOKE_DYNAMIC) {
            malformed(pc, "invokedynamic names pool index " + index + ", not an InvokeDynamic entry");
            return;
        }
        int nameAndType = pool.nameAndType(index);
        out.atInstruction(c, m, pc, Violations.ALLOCATION, "invokedynamic " + pool.nameAndTypeName(nameAndType)
                + pool.nameAndTypeDescriptor(nameAndType) + " (its bootstrap method allocates)");
    }

    private void ldc(int pc, int index) {
        ConstantPool pool = c.pool();
        if (pool.tag(index) == ConstantTag.DYNAMIC) {
            int nameAndType = pool.nameAndType(index);
            out.atInstruction(c, m, pc, Violations.ALLOCATION, "ldc of dynamic constant "
                    + pool.nameAndTypeName(nameAndType) + " (its bootstrap method allocates)");
        }
    }

    private void call(int pc, int opcode) {
        int index = u2(pc + 1);
        ConstantPool pool = c.pool();
        int tag = pool.tag(index);
        if (tag != ConstantTag.METHODREF && tag != ConstantTag.INTERFACE_METHODREF) {
            malformed(pc, "invoke names pool index " + index + ", not a method reference");
            return;
        }
        String owner = pool.className(pool.memberClass(index));
        int nameAndType = pool.nameAndType(index);
        String name = pool.nameAndTypeName(nameAndType);
        String descriptor = pool.nameAndTypeDescriptor(nameAndType);
        String reference = mnemonic(opcode) + " " + owner + "." + name + descriptor;
        Resolution target = resolver.resolve(owner, name, descriptor, tag == ConstantTag.INTERFACE_METHODREF);
        if (!target.isFound()) {
            out.atInstruction(c, m, pc, Violations.UNRESOLVABLE_CALL, reference + ": " + target.problem);
        } else if (!Marks.isCallable(target.owner, target.method)) {
            out.atInstruction(c, m, pc, Violations.UNMARKED_CALL, reference + " resolves to " + target.target()
                    + ", which is neither @Uninterruptible nor @Intrinsic");
        }
    }

    private void malformed(int pc, String what) {
        out.atInstruction(c, m, pc, Violations.MALFORMED_CODE, what);
    }

    private int u2(int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    private static String arrayType(int atype) {
        return atype >= 4 && atype <= 11 ? ARRAY_TYPES[atype - 4] : "of unknown type " + atype;
    }

    private static String mnemonic(int opcode) {
        switch (opcode) {
            case INVOKEVIRTUAL: return "invokevirtual";
            case INVOKESPECIAL: return "invokespecial";
            case INVOKESTATIC: return "invokestatic";
            default: return "invokeinterface";
        }
    }
}
