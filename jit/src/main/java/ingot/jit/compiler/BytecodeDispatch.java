package ingot.jit.compiler;

import ingot.runtime.bytecode.OpcodeNames;

/**
 * Sends each opcode to its emit method, family by family (JVMS §7 order). jsr and ret are not
 * compiled (nor is invokedynamic beyond string concatenation, records and lambdas): they are a {@link CompileError}
 * naming the method and pc.
 */
final class BytecodeDispatch {
    private BytecodeDispatch() {
    }

    static void emit(EmitContext c, int opcode) {
        if (opcode <= 0x14) {
            constant(c, opcode);
        } else if (opcode <= 0x56) {
            loadOrStore(c, opcode);
        } else if (opcode <= 0x5F) {
            stack(c, opcode);
        } else if (opcode <= 0x98) {
            ArithmeticDispatch.emit(c, opcode);
        } else if (opcode <= 0xB1) {
            control(c, opcode);
        } else {
            other(c, opcode);
        }
    }

    private static void constant(EmitContext c, int opcode) {
        if (opcode == 0x00) {
            c.asm.comment("nop");
        } else if (opcode == 0x01) {
            ConstantEmitters.emitAconstNull(c);
        } else if (opcode <= 0x08) {
            ConstantEmitters.emitIconst(c, opcode - 0x03);
        } else if (opcode <= 0x0A) {
            ConstantEmitters.emitLconst(c, opcode - 0x09);
        } else if (opcode <= 0x0D) {
            ConstantEmitters.emitFconst(c, opcode - 0x0B);
        } else if (opcode <= 0x0F) {
            ConstantEmitters.emitDconst(c, opcode - 0x0E);
        } else if (opcode == 0x10) {
            ConstantEmitters.emitBipush(c);
        } else if (opcode == 0x11) {
            ConstantEmitters.emitSipush(c);
        } else {
            ConstantEmitters.emitLdc(c, opcode == 0x12 ? c.u1(1) : c.u2(1));
        }
    }

    private static void loadOrStore(EmitContext c, int opcode) {
        if (opcode <= 0x19) {
            LocalEmitters.emitLoad(c, c.u1(1));
        } else if (opcode <= 0x2D) {
            LocalEmitters.emitLoad(c, (opcode - 0x1A) % 4);
        } else if (opcode <= 0x35) {
            ArrayEmitters.emitLoad(c, opcode - 0x2E);
        } else if (opcode <= 0x3A) {
            LocalEmitters.emitStore(c, c.u1(1));
        } else if (opcode <= 0x4E) {
            LocalEmitters.emitStore(c, (opcode - 0x3B) % 4);
        } else {
            ArrayEmitters.emitStore(c, opcode - 0x4F);
        }
    }

    private static void stack(EmitContext c, int opcode) {
        switch (opcode) {
            case 0x57: case 0x58: StackEmitters.emitPop(c); break;
            case 0x59: StackEmitters.emitDup(c, 1, 1); break;
            case 0x5A: StackEmitters.emitDup(c, 1, 2); break;
            case 0x5B: StackEmitters.emitDup(c, 1, 3); break;
            case 0x5C: StackEmitters.emitDup(c, 2, 2); break;
            case 0x5D: StackEmitters.emitDup(c, 2, 3); break;
            case 0x5E: StackEmitters.emitDup(c, 2, 4); break;
            default: StackEmitters.emitSwap(c); break;
        }
    }

    private static void control(EmitContext c, int opcode) {
        if (opcode <= 0x9E) {
            BranchEmitters.emitIfZero(c, opcode - 0x99);
        } else if (opcode <= 0xA4) {
            BranchEmitters.emitIfIcmp(c, opcode - 0x9F);
        } else if (opcode <= 0xA6) {
            BranchEmitters.emitIfAcmp(c, opcode == 0xA5);
        } else if (opcode == 0xA7) {
            BranchEmitters.emitGoto(c);
        } else if (opcode == 0xAA) {
            SwitchEmitters.emitTableswitch(c);
        } else if (opcode == 0xAB) {
            SwitchEmitters.emitLookupswitch(c);
        } else if (opcode >= 0xAC) {
            returns(c, opcode);
        } else {
            throw notYet(c, opcode); // jsr, ret
        }
    }

    private static void returns(EmitContext c, int opcode) {
        switch (opcode) {
            case 0xAC: ReturnEmitters.emitIreturn(c); break;
            case 0xAD: ReturnEmitters.emitLreturn(c); break;
            case 0xAE: ReturnEmitters.emitFreturn(c); break;
            case 0xAF: ReturnEmitters.emitDreturn(c); break;
            case 0xB0: ReturnEmitters.emitAreturn(c); break;
            default: ReturnEmitters.emitReturn(c); break;
        }
    }

    private static void other(EmitContext c, int opcode) {
        switch (opcode) {
            case 0xB2: StaticEmitters.emitGetstatic(c); break;
            case 0xB3: StaticEmitters.emitPutstatic(c); break;
            case 0xB4: ObjectFieldEmitters.emitGetfield(c); break;
            case 0xB5: ObjectFieldEmitters.emitPutfield(c); break;
            case 0xB6: InvokeEmitters.emitInvokevirtual(c); break;
            case 0xB7: InvokeEmitters.emitInvokespecial(c); break;
            case 0xB8: StaticEmitters.emitInvokestatic(c); break;
            case 0xB9: InvokeEmitters.emitInvokeinterface(c); break;
            case 0xBA: InvokeDynamicEmitter.emitInvokedynamic(c); break;
            case 0xBB: ObjectEmitters.emitNew(c); break;
            case 0xBC: ObjectEmitters.emitNewarray(c); break;
            case 0xBD: ObjectEmitters.emitAnewarray(c); break;
            case 0xBE: ArrayEmitters.emitArraylength(c); break;
            case 0xBF: ObjectEmitters.emitAthrow(c); break;
            case 0xC0: ObjectEmitters.emitCheckcast(c); break;
            case 0xC1: ObjectEmitters.emitInstanceof(c); break;
            case 0xC2: case 0xC3: ObjectEmitters.emitMonitor(c); break;
            case 0xC4: wide(c); break;
            case 0xC5: ObjectEmitters.emitMultianewarray(c); break;
            case 0xC6: BranchEmitters.emitIfNull(c, true); break;
            case 0xC7: BranchEmitters.emitIfNull(c, false); break;
            case 0xC8: BranchEmitters.emitGotoW(c); break;
            default: throw notYet(c, opcode);
        }
    }

    private static void wide(EmitContext c) {
        int modified = c.u1(1);
        int index = c.u2(2);
        if (modified == 0x84) {
            LocalEmitters.emitIinc(c, index, c.s2(4));
        } else if (modified >= 0x15 && modified <= 0x19) {
            LocalEmitters.emitLoad(c, index);
        } else if (modified >= 0x36 && modified <= 0x3A) {
            LocalEmitters.emitStore(c, index);
        } else {
            throw notYet(c, modified);
        }
    }

    private static CompileError notYet(EmitContext c, int opcode) {
        return c.unsupported("the compiler does not support " + OpcodeNames.of(opcode) + " yet");
    }
}
