package ingot.jit.compiler;

import ingot.jit.asm.Reg;
import ingot.jit.asm.Xmm;
import ingot.runtime.bytecode.Kind;
import ingot.runtime.classfile.Descriptors;

/**
 * Where each argument of a call goes (docs/ARCHITECTURE.md, "Execution model"): integer and
 * reference arguments in rdi, rsi, rdx, rcx, r8, r9; float and double in xmm0..xmm7; the rest on
 * the stack in order, 8 bytes each, the first at [rsp] when the call executes.
 */
final class CallingConvention {
    static final Reg[] INTEGER_REGISTERS = {Reg.RDI, Reg.RSI, Reg.RDX, Reg.RCX, Reg.R8, Reg.R9};
    static final int FLOAT_REGISTERS = 8;

    /** Per argument: a register number (integer or xmm, as its kind says), or -1 - stack index. */
    final int[] places;
    final byte[] kinds;
    final int stackArguments;

    CallingConvention(byte[] kinds) {
        this.kinds = kinds;
        this.places = new int[kinds.length];
        int integers = 0;
        int floats = 0;
        int stack = 0;
        for (int i = 0; i < kinds.length; i++) {
            boolean fp = kinds[i] == Kind.FLOAT || kinds[i] == Kind.DOUBLE;
            if (fp && floats < FLOAT_REGISTERS) {
                places[i] = floats++;
            } else if (!fp && integers < INTEGER_REGISTERS.length) {
                places[i] = integers++;
            } else {
                places[i] = -1 - stack++;
            }
        }
        this.stackArguments = stack;
    }

    /** The kinds of a method's parameters, receiver first when it has one. */
    static byte[] parameterKinds(String descriptor, boolean hasReceiver) {
        byte[] kinds = new byte[descriptor.length()];
        int n = 0;
        if (hasReceiver) {
            kinds[n++] = Kind.REF;
        }
        for (int i = 1; descriptor.charAt(i) != ')'; ) {
            kinds[n++] = Kind.ofDescriptor(descriptor, i);
            i = Descriptors.fieldTypeEnd(descriptor, i);
        }
        byte[] out = new byte[n];
        System.arraycopy(kinds, 0, out, 0, n);
        return out;
    }

    boolean isFloat(int argument) {
        return kinds[argument] == Kind.FLOAT || kinds[argument] == Kind.DOUBLE;
    }

    Reg integerRegister(int argument) {
        return INTEGER_REGISTERS[places[argument]];
    }

    Xmm floatRegister(int argument) {
        return Xmm.of(places[argument]);
    }

    /** The stack position of an argument that is passed on the stack, else -1. */
    int stackIndex(int argument) {
        return places[argument] < 0 ? -1 - places[argument] : -1;
    }

    /** Bytes the caller reserves for stack arguments, keeping rsp 16-byte aligned. */
    int stackBytes() {
        return (stackArguments * FrameLayout.SLOT + 15) & ~15;
    }
}
