package ingot.runtime.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Small class files for linker tests, written with ASM: a class or interface, its supertypes,
 * fields, and methods that return their own name ({@code pkg.Class.method}) or are abstract.
 */
final class ClassBuilder {
    private final String name;
    private int access = Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER;
    private int version = Opcodes.V17;
    private String superName = "java/lang/Object";
    private final List<String> interfaces = new ArrayList<>();
    private final List<Object[]> members = new ArrayList<>();
    private String[] permitted;

    private ClassBuilder(String name) {
        this.name = name;
    }

    static ClassBuilder type(String name) {
        return new ClassBuilder(name);
    }

    static ClassBuilder iface(String name) {
        return new ClassBuilder(name).access(Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT);
    }

    ClassBuilder access(int flags) {
        access = flags;
        return this;
    }

    ClassBuilder version(int v) {
        version = v;
        return this;
    }

    ClassBuilder extend(String sup) {
        superName = sup;
        return this;
    }

    ClassBuilder implement(String... names) {
        interfaces.addAll(List.of(names));
        return this;
    }

    ClassBuilder permit(String... names) {
        permitted = names;
        return this;
    }

    /** A method returning its own name, or abstract when {@code flags} says so. */
    ClassBuilder method(int flags, String method, String descriptor) {
        members.add(new Object[] {"m", flags, method, descriptor, null});
        return this;
    }

    ClassBuilder field(int flags, String field, String descriptor) {
        return field(flags, field, descriptor, null);
    }

    ClassBuilder field(int flags, String field, String descriptor, Object constant) {
        members.add(new Object[] {"f", flags, field, descriptor, constant});
        return this;
    }

    /** Adds the class file to {@code world} under its name and returns the world. */
    Map<String, byte[]> into(Map<String, byte[]> world) {
        world.put(name, bytes());
        return world;
    }

    byte[] bytes() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, access, name, null, superName, interfaces.toArray(new String[0]));
        if (permitted != null) {
            for (String p : permitted) {
                cw.visitPermittedSubclass(p);
            }
        }
        if ((access & Opcodes.ACC_INTERFACE) == 0 && superName != null) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        for (Object[] m : members) {
            int flags = (Integer) m[1];
            if (m[0].equals("f")) {
                cw.visitField(flags, (String) m[2], (String) m[3], null, m[4]).visitEnd();
                continue;
            }
            MethodVisitor mv = cw.visitMethod(flags, (String) m[2], (String) m[3], null, null);
            if ((flags & Opcodes.ACC_ABSTRACT) == 0) {
                mv.visitCode();
                mv.visitLdcInsn(name.replace('/', '.') + "." + m[2]);
                mv.visitInsn(Opcodes.ARETURN);
                mv.visitMaxs(0, 0);
            }
            mv.visitEnd();
        }
        cw.visitEnd();
        return cw.toByteArray();
    }
}
