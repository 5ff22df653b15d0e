package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.runtime.bytecode.Kind;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;

/** getstatic, putstatic and invokestatic, resolved through the {@link CompilerEnvironment}. */
final class StaticEmitters {
    private StaticEmitters() {
    }

    static void emitGetstatic(EmitContext c) {
        int ref = c.u2(1);
        String descriptor = descriptorOf(c.pool, ref);
        Checks.initialize(c, c.env.initializationFor(ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor));
        Mem field = c.env.staticField(ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor);
        FieldAccess.load(c, descriptor.charAt(0), field);
        c.asm.mov(c.result(0), Reg.RAX);
    }

    static void emitPutstatic(EmitContext c) {
        int ref = c.u2(1);
        String descriptor = descriptorOf(c.pool, ref);
        Checks.initialize(c, c.env.initializationFor(ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor));
        Mem field = c.env.staticField(ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor);
        c.asm.mov(Reg.RAX, c.top(0));
        FieldAccess.store(c, descriptor.charAt(0), field, Reg.RAX);
    }

    static void emitInvokestatic(EmitContext c) {
        int ref = c.u2(1);
        if (c.pool.tag(ref) != ConstantTag.METHODREF && c.pool.tag(ref) != ConstantTag.INTERFACE_METHODREF) {
            throw c.unsupported("invokestatic of a " + ConstantTag.name(c.pool.tag(ref)));
        }
        String descriptor = descriptorOf(c.pool, ref);
        if (MemIntrinsics.expand(c, ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor)
                || LibraryIntrinsics.expand(c, ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor)) {
            return;
        }
        emitStaticCall(c, ownerOf(c.pool, ref), nameOf(c.pool, ref), descriptor);
    }

    /**
     * A call of a static method (its class initialised first when it must be) with the top
     * values of the stack as arguments, and its result in their place.
     */
    static void emitStaticCall(EmitContext c, String owner, String name, String descriptor) {
        Checks.initialize(c, c.env.initializationFor(owner, name, descriptor));
        Symbol target = c.env.staticMethod(owner, name, descriptor);
        CallingConvention cc = new CallingConvention(CallingConvention.parameterKinds(descriptor, false));
        Calls.emitCall(c, cc, target);
        Calls.storeResult(c, cc.kinds.length, Kind.ofDescriptor(descriptor, descriptor.indexOf(')') + 1));
    }

    static String ownerOf(ConstantPool pool, int ref) {
        return pool.className(pool.memberClass(ref));
    }

    static String nameOf(ConstantPool pool, int ref) {
        return pool.nameAndTypeName(pool.nameAndType(ref));
    }

    static String descriptorOf(ConstantPool pool, int ref) {
        return pool.nameAndTypeDescriptor(pool.nameAndType(ref));
    }
}
