package ingot.runtime.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;

/**
 * Random class hierarchies written with ASM, for the dispatch differential test: a few interfaces
 * and classes over two or three packages, each declaring some of a few signatures with random
 * access, static, final and abstract flags (interfaces: abstract, default, static or private
 * methods). Class files are of version 61, some classes 50 (before HotSpot's transitive overriding
 * rule). Some hierarchies crash HotSpot 17 (it sizes a vtable for a slot that it never fills,
 * and linking a subclass dereferences the null entry), so they are run in a child JVM.
 * Hierarchies a JVM rejects (a final method overridden, a final or inaccessible superclass)
 * are generated on purpose now and then: linking must fail the same way.
 */
final class RandomHierarchy {
    private static final String[] SIGNATURES = {"m0()Ljava/lang/String;", "m1()Ljava/lang/String;",
        "m2()Ljava/lang/String;", "m0(I)Ljava/lang/String;"};

    private final Random random;
    private final String[] packages;
    private final Map<String, byte[]> classes = new TreeMap<>();

    private RandomHierarchy(long seed) {
        random = new Random(seed);
        packages = random.nextBoolean() ? new String[] {"gen/a", "gen/b"} : new String[] {"gen/a", "gen/b", "gen/c"};
    }

    static Map<String, byte[]> generate(long seed) {
        RandomHierarchy h = new RandomHierarchy(seed);
        List<String> interfaces = h.interfaces(h.random.nextInt(5));
        h.classes(1 + h.random.nextInt(6), interfaces);
        return h.classes;
    }

    private List<String> interfaces(int count) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String name = pick(packages) + "/I" + k;
            List<String> supers = subset(names, 0.35);
            ClassBuilder b = ClassBuilder.iface(name).implement(supers.toArray(new String[0]));
            for (String sig : SIGNATURES) {
                if (random.nextDouble() < 0.45) {
                    declare(b, sig, interfaceMethodFlags());
                }
            }
            b.into(classes);
            names.add(name);
        }
        return names;
    }

    /** Abstract, default, static or private. */
    private int interfaceMethodFlags() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT;
        }
        if (kind < 8) {
            return Opcodes.ACC_PUBLIC;
        }
        return kind < 9 ? Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC : Opcodes.ACC_PRIVATE;
    }

    private void classes(int count, List<String> interfaces) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String name = pick(packages) + "/C" + k;
            String sup = names.isEmpty() || random.nextDouble() < 0.25 ? "java/lang/Object" : pick(names);
            boolean isAbstract = random.nextDouble() < 0.3;
            int access = (random.nextDouble() < 0.9 ? Opcodes.ACC_PUBLIC : 0) | Opcodes.ACC_SUPER
                | (isAbstract ? Opcodes.ACC_ABSTRACT : random.nextDouble() < 0.04 ? Opcodes.ACC_FINAL : 0);
            ClassBuilder b = ClassBuilder.type(name).access(access).extend(sup)
                .version(random.nextDouble() < 0.25 ? Opcodes.V1_6 : Opcodes.V17)
                .implement(subset(interfaces, 0.3).toArray(new String[0]));
            for (String sig : SIGNATURES) {
                if (random.nextDouble() < 0.4) {
                    declare(b, sig, classMethodFlags(isAbstract));
                }
            }
            b.into(classes);
            names.add(name);
        }
    }

    private int classMethodFlags(boolean inAbstractClass) {
        int r = random.nextInt(20);
        int access = r < 8 ? Opcodes.ACC_PUBLIC : r < 12 ? Opcodes.ACC_PROTECTED : r < 17 ? 0 : Opcodes.ACC_PRIVATE;
        if (random.nextDouble() < 0.1) {
            return access | Opcodes.ACC_STATIC;
        }
        boolean canBeAbstract = inAbstractClass && access != Opcodes.ACC_PRIVATE;
        if (canBeAbstract && random.nextDouble() < 0.3) {
            return access | Opcodes.ACC_ABSTRACT;
        }
        return random.nextDouble() < 0.07 ? access | Opcodes.ACC_FINAL : access;
    }

    private static void declare(ClassBuilder b, String sig, int access) {
        int paren = sig.indexOf('(');
        b.method(access, sig.substring(0, paren), sig.substring(paren));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private List<String> subset(List<String> items, double p) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (random.nextDouble() < p) {
                out.add(s);
            }
        }
        return out;
    }
}
