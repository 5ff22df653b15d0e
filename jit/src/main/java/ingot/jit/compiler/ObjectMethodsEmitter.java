package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Width;
import ingot.jit.asm.Xmm;
import ingot.runtime.classfile.BootstrapMethod;
import ingot.runtime.classfile.ConstantPool;

/**
 * invokedynamic for records' toString, hashCode and equals (bootstrap
 * {@code java/lang/runtime/ObjectMethods.bootstrap}, DESIGN.md "Execution"): what the bootstrap's
 * method handles compute, compiled straight from the component getters it names —
 * {@code Name[a=1, b=x]}; {@code 31 * h + hash(component)} from 0 with the box classes'
 * static hashCode (Objects.hashCode for references); an exact-class test, then == on integral
 * components, Float/Double.compare on floating ones and Objects.equals on references.
 */
final class ObjectMethodsEmitter {
    static final String BOOTSTRAP_OWNER = "java/lang/runtime/ObjectMethods";

    private ObjectMethodsEmitter() {
    }

    static void emit(EmitContext c, String name, BootstrapMethod bootstrap) {
        int[] arguments = bootstrap.arguments();
        ConstantPool pool = c.pool;
        String recordClass = pool.className(arguments[0]);
        String namesText = pool.string(arguments[1]);
        String[] names = namesText.isEmpty() ? new String[0] : namesText.split(";");
        Component[] components = new Component[arguments.length - 2];
        for (int i = 0; i < components.length; i++) {
            int member = pool.methodHandleReference(arguments[i + 2]);
            String descriptor = pool.nameAndTypeDescriptor(pool.nameAndType(member));
            String field = pool.nameAndTypeName(pool.nameAndType(member));
            components[i] = new Component(names[i], descriptor, c.env.instanceFieldOffset(recordClass, field, descriptor));
        }
        switch (name) {
            case "toString": emitToString(c, recordClass, components); break;
            case "hashCode": emitHashCode(c, components); break;
            case "equals": emitEquals(c, recordClass, components); break;
            default: throw c.unsupported("ObjectMethods bootstrap for " + name);
        }
    }

    private static void emitToString(EmitContext c, String recordClass, Component[] components) {
        StringBuilding.newBuilder(c);
        StringBuilder literal = new StringBuilder(simpleName(recordClass)).append('[');
        for (int i = 0; i < components.length; i++) {
            literal.append(components[i].name).append('=');
            StringBuilding.appendLiteral(c, literal);
            loadComponent(c, c.top(0), components[i]);
            StringBuilding.appendLoaded(c, components[i].descriptor);
            if (i < components.length - 1) {
                literal.append(", ");
            }
        }
        literal.append(']');
        StringBuilding.appendLiteral(c, literal);
        StringBuilding.finish(c, 1);
    }

    private static void emitHashCode(EmitContext c, Component[] components) {
        c.asm.mov(Width.DWORD, c.frame.scratch(0), 0);
        for (Component k : components) {
            loadComponent(c, c.top(0), k);
            hashLoaded(c, k.descriptor);
            c.asm.mov(Reg.ECX, c.frame.scratch(0));
            c.asm.imul(Reg.ECX, Reg.ECX, 31);
            c.asm.add(Reg.ECX, Reg.EAX);
            c.asm.mov(c.frame.scratch(0), Reg.ECX);
        }
        c.asm.mov(Reg.EAX, c.frame.scratch(0));
        c.asm.mov(c.result(1), Reg.RAX);
    }

    private static void emitEquals(EmitContext c, String recordClass, Component[] components) {
        Label differ = c.asm.newLabel();
        Label done = c.asm.newLabel();
        c.asm.mov(Reg.RDI, c.top(0));
        c.asm.test(Reg.RDI, Reg.RDI);
        c.asm.jcc(Cond.E, differ);
        c.asm.lea(Reg.RCX, Mem.rip(c.env.classObject(recordClass), 0));
        c.asm.cmp(Reg.RCX, Mem.at(Reg.RDI, 0));
        c.asm.jcc(Cond.NE, differ);
        for (Component k : components) {
            compareComponent(c, k, differ);
        }
        c.asm.mov(Reg.EAX, 1);
        c.asm.jmp(done);
        c.asm.bind(differ);
        c.asm.xor(Reg.EAX, Reg.EAX);
        c.asm.bind(done);
        c.asm.mov(c.result(2), Reg.RAX);
    }

    /** Jumps to {@code differ} unless this's and the other's component are equal. */
    private static void compareComponent(EmitContext c, Component k, Label differ) {
        char type = k.descriptor.charAt(0);
        loadComponent(c, c.top(1), k);
        c.asm.mov(c.frame.scratch(0), Reg.RAX);
        loadComponent(c, c.top(0), k);
        if (type == 'F' || type == 'D' || type == 'L' || type == '[') {
            c.asm.mov(Reg.RSI, Reg.RAX);
            c.asm.mov(Reg.RDI, c.frame.scratch(0));
            if (type == 'F') {
                c.asm.movd(Xmm.XMM0, Reg.EDI);
                c.asm.movd(Xmm.XMM1, Reg.ESI);
                c.call(c.env.staticMethod("java/lang/Float", "compare", "(FF)I"));
            } else if (type == 'D') {
                c.asm.movq(Xmm.XMM0, Reg.RDI);
                c.asm.movq(Xmm.XMM1, Reg.RSI);
                c.call(c.env.staticMethod("java/lang/Double", "compare", "(DD)I"));
            } else {
                c.call(c.env.staticMethod("java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z"));
                c.asm.xor(Reg.EAX, 1);
            }
            c.asm.test(Reg.EAX, Reg.EAX);
            c.asm.jcc(Cond.NE, differ);
        } else {
            c.asm.cmp(Reg.RAX, c.frame.scratch(0));
            c.asm.jcc(Cond.NE, differ);
        }
    }

    /** The component's hash in eax, by the static hashCode of its box class (Objects.hashCode for references). */
    private static void hashLoaded(EmitContext c, String descriptor) {
        char type = descriptor.charAt(0);
        String box;
        switch (type) {
            case 'Z': box = "java/lang/Boolean"; break;
            case 'B': box = "java/lang/Byte"; break;
            case 'C': box = "java/lang/Character"; break;
            case 'S': box = "java/lang/Short"; break;
            case 'I': box = "java/lang/Integer"; break;
            case 'J': box = "java/lang/Long"; break;
            case 'F': box = "java/lang/Float"; break;
            case 'D': box = "java/lang/Double"; break;
            default: box = null; break;
        }
        StringBuilding.argumentFromRax(c, type);
        if (box == null) {
            c.call(c.env.staticMethod("java/util/Objects", "hashCode", "(Ljava/lang/Object;)I"));
        } else {
            c.call(c.env.staticMethod(box, "hashCode", "(" + type + ")I"));
        }
    }

    /** Loads a component of the record in {@code receiverSlot} into rax (eax for narrow types). */
    private static void loadComponent(EmitContext c, Mem receiverSlot, Component k) {
        c.asm.mov(Reg.RCX, receiverSlot);
        FieldAccess.load(c, k.descriptor.charAt(0), Mem.at(Reg.RCX, k.offset));
    }

    /** The simple name of a class: after its package and its enclosing classes. */
    private static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    /** One record component: its name, descriptor and field offset. */
    private static final class Component {
        final String name;
        final String descriptor;
        final int offset;

        Component(String name, String descriptor, int offset) {
            this.name = name;
            this.descriptor = descriptor;
            this.offset = offset;
        }
    }
}
