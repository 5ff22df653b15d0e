package ingot.jit.compiler;

import static ingot.jit.asm.Width.DWORD;
import static ingot.jit.asm.Width.QWORD;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.runtime.classfile.ConstantTag;

/** aconst_null, iconst, lconst, fconst, dconst, bipush, sipush, ldc, ldc_w, ldc2_w. */
final class ConstantEmitters {
    private ConstantEmitters() {
    }

    static void emitAconstNull(EmitContext c) {
        c.asm.mov(QWORD, c.result(0), 0);
    }

    static void emitIconst(EmitContext c, int value) {
        c.asm.mov(DWORD, c.result(0), value);
    }

    static void emitLconst(EmitContext c, long value) {
        storeLong(c, value);
    }

    static void emitFconst(EmitContext c, float value) {
        c.asm.mov(DWORD, c.result(0), Float.floatToRawIntBits(value));
    }

    static void emitDconst(EmitContext c, double value) {
        storeLong(c, Double.doubleToRawLongBits(value));
    }

    static void emitBipush(EmitContext c) {
        emitIconst(c, c.s1(1));
    }

    static void emitSipush(EmitContext c) {
        emitIconst(c, c.s2(1));
    }

    static void emitLdc(EmitContext c, int index) {
        int tag = c.pool.tag(index);
        switch (tag) {
            case ConstantTag.INTEGER:
                emitIconst(c, c.pool.intValue(index));
                break;
            case ConstantTag.FLOAT:
                emitIconst(c, Float.floatToRawIntBits(c.pool.floatValue(index)));
                break;
            case ConstantTag.LONG:
                storeLong(c, c.pool.longValue(index));
                break;
            case ConstantTag.DOUBLE:
                storeLong(c, Double.doubleToRawLongBits(c.pool.doubleValue(index)));
                break;
            case ConstantTag.STRING:
                storeAddress(c, c.env.stringLiteral(c.pool.string(index)));
                break;
            case ConstantTag.CLASS:
                storeAddress(c, c.env.classObject(c.pool.className(index)));
                break;
            default:
                throw c.unsupported("ldc of a " + ConstantTag.name(tag) + " constant is not supported yet");
        }
    }

    private static void storeAddress(EmitContext c, Symbol object) {
        c.asm.lea(Reg.RAX, Mem.rip(object, 0));
        c.asm.mov(c.result(0), Reg.RAX);
    }

    private static void storeLong(EmitContext c, long value) {
        if (value == (int) value) {
            c.asm.mov(QWORD, c.result(0), (int) value);
        } else {
            c.asm.mov(Reg.RAX, value);
            c.asm.mov(c.result(0), Reg.RAX);
        }
    }
}
