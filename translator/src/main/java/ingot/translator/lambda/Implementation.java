package ingot.translator.lambda;

import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.translator.classgen.CodeWriter;
import ingot.translator.classgen.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The implementation method handle of a lambda call site (JVMS §4.4.8): a static, virtual,
 * interface or private method, or a constructor. Its type is the handle's: an instance method
 * takes its receiver first, a constructor returns the new object.
 */
public final class Implementation {
    static final int INVOKE_VIRTUAL = 5;
    static final int INVOKE_STATIC = 6;
    static final int INVOKE_SPECIAL = 7;
    static final int NEW_INVOKE_SPECIAL = 8;
    static final int INVOKE_INTERFACE = 9;

    final int kind;
    final String owner;
    final String name;
    final String descriptor;
    final boolean ownerIsInterface;

    Implementation(int kind, String owner, String name, String descriptor, boolean ownerIsInterface) {
        this.kind = kind;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.ownerIsInterface = ownerIsInterface;
    }

    /** The MethodHandle entry at {@code index}, which the metafactory must be able to call. */
    static Implementation of(ConstantPool pool, int index) {
        if (pool.tag(index) != ConstantTag.METHOD_HANDLE) {
            throw new LambdaSiteException("the implementation argument is not a MethodHandle");
        }
        int kind = pool.methodHandleKind(index);
        int member = pool.methodHandleReference(index);
        String name = pool.nameAndTypeName(pool.nameAndType(member));
        if (kind < INVOKE_VIRTUAL || kind > INVOKE_INTERFACE || (kind == NEW_INVOKE_SPECIAL) != name.equals("<init>")) {
            throw new LambdaSiteException("the implementation handle (kind " + kind + ", " + name
                    + ") is no method or constructor the metafactory takes");
        }
        return new Implementation(kind, pool.className(pool.memberClass(member)), name,
                pool.nameAndTypeDescriptor(pool.nameAndType(member)), pool.tag(member) == ConstantTag.INTERFACE_METHODREF);
    }

    boolean isConstructor() {
        return kind == NEW_INVOKE_SPECIAL;
    }

    private boolean hasReceiver() {
        return kind == INVOKE_VIRTUAL || kind == INVOKE_SPECIAL || kind == INVOKE_INTERFACE;
    }

    /** The parameter types of the handle: the receiver's class first for an instance method. */
    List<String> parameterTypes() {
        List<String> out = new ArrayList<>();
        if (hasReceiver()) {
            out.add(owner.startsWith("[") ? owner : "L" + owner + ";");
        }
        out.addAll(MethodType.parameters(descriptor));
        return out;
    }

    /** The return type of the handle: the class itself for a constructor. */
    String returnType() {
        return isConstructor() ? "L" + owner + ";" : MethodType.returnType(descriptor);
    }

    /**
     * The call, its receiver and arguments on the stack (after {@code new} and {@code dup} for a
     * constructor). REF_invokeSpecial keeps its meaning, a call of exactly the method named (the
     * compiler calls it directly; javac 17 itself names private methods with REF_invokeVirtual or
     * REF_invokeInterface, which the compiler also calls directly).
     */
    void emitCall(CodeWriter code) {
        int opcode;
        switch (kind) {
            case INVOKE_STATIC: opcode = CodeWriter.INVOKESTATIC; break;
            case NEW_INVOKE_SPECIAL: case INVOKE_SPECIAL: opcode = CodeWriter.INVOKESPECIAL; break;
            case INVOKE_INTERFACE: opcode = CodeWriter.INVOKEINTERFACE; break;
            default: opcode = CodeWriter.INVOKEVIRTUAL; break;
        }
        code.invoke(opcode, owner, name, descriptor, ownerIsInterface);
    }
}
