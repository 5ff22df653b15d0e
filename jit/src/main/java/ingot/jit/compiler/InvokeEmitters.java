package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.runtime.bytecode.Kind;

/**
 * invokevirtual (through the vtable, or directly when the target cannot be overridden),
 * invokespecial (directly) and invokeinterface (through the runtime's itable lookup). Each checks
 * the receiver for null first.
 */
final class InvokeEmitters {
    private InvokeEmitters() {
    }

    static void emitInvokevirtual(EmitContext c) {
        Call call = new Call(c);
        int slot = c.env.vtableIndex(call.owner, call.name, call.descriptor);
        call.checkReceiver();
        if (slot < 0) {
            Calls.emitCall(c, call.convention, c.env.directMethod(call.owner, call.name, call.descriptor));
        } else {
            dispatchThroughVtable(c, call, slot);
        }
        call.storeResult();
    }

    static void emitInvokespecial(EmitContext c) {
        Call call = new Call(c);
        call.checkReceiver();
        Calls.emitCall(c, call.convention, c.env.directMethod(call.owner, call.name, call.descriptor));
        call.storeResult();
    }

    static void emitInvokeinterface(EmitContext c) {
        Call call = new Call(c);
        Symbol privateMethod = c.env.privateInterfaceMethod(call.owner, call.name, call.descriptor);
        if (privateMethod != null) {
            call.checkReceiver();
            Calls.emitCall(c, call.convention, privateMethod);
            call.storeResult();
            return;
        }
        String iface = c.env.itableInterface(call.owner, call.name, call.descriptor);
        call.checkReceiver();
        if (iface == null) {
            dispatchThroughVtable(c, call, c.env.vtableIndex("java/lang/Object", call.name, call.descriptor));
        } else {
            c.asm.mov(Reg.RDI, Mem.at(Reg.RAX, 0));
            c.asm.lea(Reg.RSI, Mem.rip(c.env.classObject(iface), 0));
            c.asm.mov(Reg.EDX, c.env.itableIndex(iface, call.name, call.descriptor));
            c.call(c.runtime(RuntimeRoutine.ITABLE_LOOKUP));
            c.asm.mov(Reg.R11, Reg.RAX);
            Calls.emitCallR11(c, call.convention);
        }
        call.storeResult();
    }

    /** The receiver is in rax, checked. */
    private static void dispatchThroughVtable(EmitContext c, Call call, int slot) {
        c.asm.mov(Reg.R11, Mem.at(Reg.RAX, 0));
        c.asm.mov(Reg.R11, Mem.at(Reg.R11, c.env.vtableOffset() + FrameLayout.SLOT * slot));
        Calls.emitCallR11(c, call.convention);
    }

    /** The method reference of an invoke instruction and where its receiver and arguments are. */
    private static final class Call {
        final EmitContext c;
        final String owner;
        final String name;
        final String descriptor;
        final CallingConvention convention;

        Call(EmitContext c) {
            this.c = c;
            int ref = c.u2(1);
            owner = StaticEmitters.ownerOf(c.pool, ref);
            name = StaticEmitters.nameOf(c.pool, ref);
            descriptor = StaticEmitters.descriptorOf(c.pool, ref);
            convention = new CallingConvention(CallingConvention.parameterKinds(descriptor, true));
        }

        /** Loads the receiver into rax and throws NullPointerException when it is null. */
        void checkReceiver() {
            c.asm.mov(Reg.RAX, c.top(convention.kinds.length - 1));
            Checks.nullCheck(c, Reg.RAX);
        }

        void storeResult() {
            Calls.storeResult(c, convention.kinds.length, Kind.ofDescriptor(descriptor, descriptor.indexOf(')') + 1));
        }
    }
}
