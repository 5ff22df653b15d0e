package ingot.jit.compiler;

/** Opcodes 0x60..0x98: arithmetic, logic, shifts, conversions and comparisons, one emit method each. */
final class ArithmeticDispatch {
    private ArithmeticDispatch() {
    }

    static void emit(EmitContext c, int opcode) {
        if (opcode <= 0x83) {
            arithmetic(c, opcode);
        } else if (opcode <= 0x93) {
            conversion(c, opcode);
        } else {
            comparison(c, opcode);
        }
    }

    private static void arithmetic(EmitContext c, int opcode) {
        switch (opcode) {
            case 0x60: IntEmitters.emitIadd(c); break;
            case 0x61: LongEmitters.emitLadd(c); break;
            case 0x62: FloatEmitters.emitFadd(c); break;
            case 0x63: FloatEmitters.emitDadd(c); break;
            case 0x64: IntEmitters.emitIsub(c); break;
            case 0x65: LongEmitters.emitLsub(c); break;
            case 0x66: FloatEmitters.emitFsub(c); break;
            case 0x67: FloatEmitters.emitDsub(c); break;
            case 0x68: IntEmitters.emitImul(c); break;
            case 0x69: LongEmitters.emitLmul(c); break;
            case 0x6A: FloatEmitters.emitFmul(c); break;
            case 0x6B: FloatEmitters.emitDmul(c); break;
            case 0x6C: IntEmitters.emitIdiv(c); break;
            case 0x6D: LongEmitters.emitLdiv(c); break;
            case 0x6E: FloatEmitters.emitFdiv(c); break;
            case 0x6F: FloatEmitters.emitDdiv(c); break;
            case 0x70: IntEmitters.emitIrem(c); break;
            case 0x71: LongEmitters.emitLrem(c); break;
            case 0x72: FloatEmitters.emitFrem(c); break;
            case 0x73: FloatEmitters.emitDrem(c); break;
            case 0x74: IntEmitters.emitIneg(c); break;
            case 0x75: LongEmitters.emitLneg(c); break;
            case 0x76: FloatEmitters.emitFneg(c); break;
            case 0x77: FloatEmitters.emitDneg(c); break;
            case 0x78: IntEmitters.emitIshl(c); break;
            case 0x79: LongEmitters.emitLshl(c); break;
            case 0x7A: IntEmitters.emitIshr(c); break;
            case 0x7B: LongEmitters.emitLshr(c); break;
            case 0x7C: IntEmitters.emitIushr(c); break;
            case 0x7D: LongEmitters.emitLushr(c); break;
            case 0x7E: IntEmitters.emitIand(c); break;
            case 0x7F: LongEmitters.emitLand(c); break;
            case 0x80: IntEmitters.emitIor(c); break;
            case 0x81: LongEmitters.emitLor(c); break;
            case 0x82: IntEmitters.emitIxor(c); break;
            default: LongEmitters.emitLxor(c); break;
        }
    }

    private static void conversion(EmitContext c, int opcode) {
        switch (opcode) {
            case 0x84: LocalEmitters.emitIinc(c, c.u1(1), c.s1(2)); break;
            case 0x85: ConversionEmitters.emitI2l(c); break;
            case 0x86: ConversionEmitters.emitI2f(c); break;
            case 0x87: ConversionEmitters.emitI2d(c); break;
            case 0x88: ConversionEmitters.emitL2i(c); break;
            case 0x89: ConversionEmitters.emitL2f(c); break;
            case 0x8A: ConversionEmitters.emitL2d(c); break;
            case 0x8B: ConversionEmitters.emitF2i(c); break;
            case 0x8C: ConversionEmitters.emitF2l(c); break;
            case 0x8D: ConversionEmitters.emitF2d(c); break;
            case 0x8E: ConversionEmitters.emitD2i(c); break;
            case 0x8F: ConversionEmitters.emitD2l(c); break;
            case 0x90: ConversionEmitters.emitD2f(c); break;
            case 0x91: ConversionEmitters.emitI2b(c); break;
            case 0x92: ConversionEmitters.emitI2c(c); break;
            default: ConversionEmitters.emitI2s(c); break;
        }
    }

    private static void comparison(EmitContext c, int opcode) {
        switch (opcode) {
            case 0x94: LongEmitters.emitLcmp(c); break;
            case 0x95: CompareEmitters.emitFcmp(c, -1); break;
            case 0x96: CompareEmitters.emitFcmp(c, 1); break;
            case 0x97: CompareEmitters.emitDcmp(c, -1); break;
            default: CompareEmitters.emitDcmp(c, 1); break;
        }
    }
}
