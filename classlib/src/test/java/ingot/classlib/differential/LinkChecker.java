package ingot.classlib.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks that every reference from a renamed class to a class that stays the JDK's resolves to a
 * public (or protected) member of the JDK with the same descriptor. A failure means our library
 * uses something of its own java.lang that the JDK lacks (or has with another signature), so the
 * harness could not run that code faithfully; the VM-tied classes must then be remapped too or
 * the code changed.
 */
final class LinkChecker {
    private final Remapping remapping;
    private final Set<String> problems = new TreeSet<>();
    private final Set<String> checked = new HashSet<>();

    LinkChecker(Remapping remapping) {
        this.remapping = remapping;
    }

    /** The problems found in all renamed library classes, one line each, sorted. */
    List<String> check() {
        for (String name : remapping.renamedLibraryClasses()) {
            byte[] bytes = remapping.renamedBytes(name);
            new ClassReader(bytes).accept(new Scanner(name), ClassReader.SKIP_DEBUG);
        }
        return new ArrayList<>(problems);
    }

    private boolean staysJdk(String owner) {
        return !owner.startsWith("[") && !owner.startsWith(Remapping.PREFIX);
    }

    private void reference(String from, String owner, String name, String descriptor, boolean field) {
        if (!staysJdk(owner) || !checked.add(owner + "." + name + descriptor)) {
            return;
        }
        Class<?> c;
        try {
            c = Class.forName(owner.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException e) {
            problems.add(from + ": JDK class " + owner + " missing");
            return;
        }
        Member m = field ? findField(c, name, descriptor) : findMethod(c, name, descriptor);
        if (m == null) {
            problems.add(from + ": JDK lacks " + owner + "." + name + descriptor);
        } else if ((m.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
            problems.add(from + ": " + owner + "." + name + descriptor + " is not accessible in the JDK");
        }
    }

    private static Member findField(Class<?> c, String name, String descriptor) {
        for (Class<?> k : supertypes(c)) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name) && Type.getDescriptor(f.getType()).equals(descriptor)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Member findMethod(Class<?> c, String name, String descriptor) {
        if ("<init>".equals(name)) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Type.getConstructorDescriptor(k).equals(descriptor)) {
                    return k;
                }
            }
            return null;
        }
        for (Class<?> k : supertypes(c)) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** c, its superclasses and all its superinterfaces. */
    private static List<Class<?>> supertypes(Class<?> c) {
        List<Class<?>> out = new ArrayList<>();
        Deque<Class<?>> work = new ArrayDeque<>();
        work.add(c);
        while (!work.isEmpty()) {
            Class<?> k = work.poll();
            if (out.contains(k)) {
                continue;
            }
            out.add(k);
            if (k.getSuperclass() != null) {
                work.add(k.getSuperclass());
            }
            for (Class<?> i : k.getInterfaces()) {
                work.add(i);
            }
        }
        if (c.isInterface()) {
            out.add(Object.class);
        }
        return out;
    }

    /** Collects the member references of one class. */
    private final class Scanner extends ClassVisitor {
        private final String from;

        Scanner(String from) {
            super(Opcodes.ASM9);
            this.from = from;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String mname, String mdesc, boolean itf) {
                    reference(from, owner, mname, mdesc, false);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String fname, String fdesc) {
                    reference(from, owner, fname, fdesc, true);
                }
            };
        }
    }
}
