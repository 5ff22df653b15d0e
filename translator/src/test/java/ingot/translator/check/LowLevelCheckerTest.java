package ingot.translator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The low-level rules on small compiled sources: each kind of violation where it is, and nothing else. */
class LowLevelCheckerTest {
    private static final String MARKED = "which is neither @Uninterruptible nor @Intrinsic";

    private static final String LOW = """
            package demo;

            import ingot.runtime.mem.Mem;
            import ingot.runtime.mem.Uninterruptible;

            public class Low {
                static final Error ERROR = new Error();

                @Uninterruptible("test")
                public Low() {
                }

                @Uninterruptible("reads memory")
                static int clean(long address, Derived d, Shape s, Walker w) {
                    Mem.storeLong(address, Mem.rdtsc());
                    return Mem.loadInt(address) + helper() + d.get() + s.area() + w.step(0);
                }

                @Uninterruptible("test")
                static int helper() {
                    return 1;
                }

                static int unmarked() {
                    return new int[3].length; // not checked: unmarked
                }

                @Uninterruptible("test")
                static Object alloc() {
                    return new Object(); // ALLOC
                }

                @Uninterruptible("test")
                static int[] array(int n) {
                    return new int[n]; // NEWARRAY
                }

                @Uninterruptible("test")
                static String[] refs() {
                    return new String[2]; // ANEWARRAY
                }

                @Uninterruptible("test")
                static int[][] grid() {
                    return new int[2][3]; // MULTIANEWARRAY
                }

                @Uninterruptible("test")
                static void fail() {
                    throw ERROR; // ATHROW
                }

                @Uninterruptible("test")
                static int callsUnmarked() {
                    return unmarked(); // UNMARKED
                }

                @Uninterruptible("test")
                static Runnable lambda() {
                    return () -> { }; // INDY
                }

                @Uninterruptible("test")
                static String concat(String s) {
                    return s + "!"; // CONCAT
                }

                @Uninterruptible("test")
                static int unresolvable(java.util.List<?> list) {
                    return list.size(); // UNRESOLVABLE
                }

                @Uninterruptible("test")
                static synchronized int locked() {
                    return 1;
                }

                @Uninterruptible("test")
                static void block(Object o) {
                    synchronized (o) { // MONITOR
                        helper();
                    } // HANDLER
                }
            }
            """;

    private static final String TYPES = """
            package demo;

            import ingot.runtime.mem.Uninterruptible;

            class Base {
                @Uninterruptible("test")
                int get() {
                    return 1;
                }
            }

            class Derived extends Base {
            }

            interface Shape {
                @Uninterruptible("test")
                int area();
            }

            class Square implements Shape {
                public int area() {
                    return 4;
                }
            }

            class MarkedSquare implements Shape {
                @Uninterruptible("test")
                public int area() {
                    return 9;
                }
            }

            @Uninterruptible("walks")
            class Walker {
                static final int[] TABLE = new int[4];

                int step(int i) {
                    return TABLE[i] + Low.helper();
                }

                int grow() {
                    return new int[1].length; // GROW
                }
            }
            """;

    @Test
    void reportsEachViolationWhereItIsAndNothingElse(@TempDir Path out) {
        List<String> found = LowLevelChecker.violations(world(out));

        List<String> expected = new ArrayList<>(List.of(
                low("alloc()Ljava/lang/Object;", 0, "ALLOC", "allocation: new java/lang/Object"),
                low("array(I)[I", 1, "NEWARRAY", "allocation: newarray int"),
                low("refs()[Ljava/lang/String;", 1, "ANEWARRAY", "allocation: anewarray java/lang/String"),
                low("grid()[[I", 2, "MULTIANEWARRAY", "allocation: multianewarray [[I"),
                low("fail()V", 3, "ATHROW", "explicit exception: athrow"),
                low("callsUnmarked()I", 0, "UNMARKED", "call to unmarked code: invokestatic demo/Low.unmarked()I "
                        + "resolves to demo/Low.unmarked()I, " + MARKED),
                low("lambda()Ljava/lang/Runnable;", 0, "INDY",
                        "allocation: invokedynamic run()Ljava/lang/Runnable; (its bootstrap method allocates)"),
                low("concat(Ljava/lang/String;)Ljava/lang/String;", 0, "CONCAT", "allocation: new java/lang/StringBuilder"),
                low("unresolvable(Ljava/util/List;)I", 1, "UNRESOLVABLE", "unresolvable call: invokeinterface "
                        + "java/util/List.size()I: class java/util/List is not in the closed world"),
                "demo/Low.locked()I: synchronization: the method is synchronized",
                low("block(Ljava/lang/Object;)V", 3, "MONITOR", "synchronization: monitorenter"),
                low("block(Ljava/lang/Object;)V", 17, "HANDLER", "explicit exception: athrow"),
                "demo/Walker.grow()I at bytecode 1 (line " + Compiler.lineOf(TYPES, "// GROW")
                        + "): allocation: newarray int",
                "demo/Square.area()I: unmarked override: overrides demo/Shape.area()I, which is @Uninterruptible, "
                        + "so a virtual call may reach this unmarked method"));
        for (String[] call : new String[][] {{"4", "<init>()V"}, {"8", "append(Ljava/lang/String;)Ljava/lang/StringBuilder;"},
                {"13", "append(Ljava/lang/String;)Ljava/lang/StringBuilder;"}, {"16", "toString()Ljava/lang/String;"}}) {
            String kind = call[1].startsWith("<init>") ? "invokespecial" : "invokevirtual";
            expected.add(low("concat(Ljava/lang/String;)Ljava/lang/String;", Integer.parseInt(call[0]), "CONCAT",
                    "call to unmarked code: " + kind + " java/lang/StringBuilder." + call[1]
                            + " resolves to java/lang/StringBuilder." + call[1] + ", " + MARKED));
        }
        assertEquals(sorted(expected), sorted(found));
    }

    @Test
    void checkThrowsOneExceptionListingEveryViolation(@TempDir Path out) {
        ClassWorld world = world(out);
        LowLevelRuleException e = assertThrows(LowLevelRuleException.class, () -> LowLevelChecker.check(world));
        List<String> all = LowLevelChecker.violations(world);
        assertEquals(all, e.violations());
        assertEquals(all.size() + " violations of the @Uninterruptible rules:\n  " + String.join("\n  ", all),
                e.getMessage());
    }

    @Test
    void cleanCodePasses(@TempDir Path out) throws LowLevelRuleException {
        String clean = """
                package ok;

                import ingot.runtime.mem.Mem;
                import ingot.runtime.mem.Uninterruptible;

                @Uninterruptible("copies words")
                public final class Copier {
                    static final long[] SCRATCH = new long[8]; // the static initializer is not covered

                    Copier() {
                    }

                    static void copy(long from, long to, int words) {
                        for (int i = 0; i < words; i++) {
                            Mem.storeLong(to + 8L * i, Mem.loadLong(from + 8L * i));
                        }
                        Mem.fence();
                        SCRATCH[0] = from;
                    }

                    long[] scratch() {
                        return SCRATCH;
                    }
                }
                """;
        List<ClassFile> classes = new ArrayList<>(Compiler.compile(Map.of("ok/Copier.java", clean), out));
        classes.add(Compiler.jdkClass("java/lang/Object"));
        classes.add(Compiler.classPathClass("ingot/runtime/mem/Mem"));
        ClassWorld world = new ClassWorld(classes);
        assertEquals(List.of(), LowLevelChecker.violations(world));
        LowLevelChecker.check(world);
    }

    @Test
    void aMissingSuperclassMakesACallUnresolvable(@TempDir Path out) {
        List<ClassFile> classes = Compiler.compile(Map.of("demo/Low.java", LOW, "demo/Types.java", TYPES), out);
        ClassWorld withoutBase = new ClassWorld(classes.stream().filter(c -> !c.name().equals("demo/Base")).toList());
        List<String> found = LowLevelChecker.violations(withoutBase);
        String line = Compiler.lineOf(LOW, "d.get()") + "";
        assertEquals(1, found.stream().filter(v -> v.startsWith("demo/Low.clean(JLdemo/Derived;Ldemo/Shape;Ldemo/Walker;)I at bytecode ")
                && v.contains("(line " + line + "): unresolvable call: invokevirtual demo/Derived.get()I: "
                        + "superclass demo/Base of demo/Derived is not in the closed world")).count(), String.join("\n", found));
    }

    @Test
    void aPackagePrivateMethodIsOverriddenOnlyInItsPackage(@TempDir Path out) {
        Map<String, String> sources = Map.of(
                "a/A.java", "package a; public class A { @ingot.runtime.mem.Uninterruptible(\"t\") void m() { } }",
                "a/Same.java", "package a; public class Same extends A { void m() { } }",
                "b/Other.java", "package b; public class Other extends a.A { void m() { } }");
        List<ClassFile> classes = new ArrayList<>(Compiler.compile(sources, out));
        classes.add(Compiler.jdkClass("java/lang/Object"));
        assertEquals(List.of("a/Same.m()V: unmarked override: overrides a/A.m()V, which is @Uninterruptible, "
                + "so a virtual call may reach this unmarked method"), LowLevelChecker.violations(new ClassWorld(classes)));
    }

    /** Unverified code reaches the checker: a bad pool reference or opcode is reported, not thrown. */
    @Test
    void malformedCodeIsReportedNotThrown() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "bad/Code", null, "java/lang/Object", null);
        cw.visitAnnotation("Lingot/runtime/mem/Uninterruptible;", false).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "bad/Code", "m", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        int utf8 = cw.newUTF8("not a method");
        byte[] b = cw.toByteArray();
        int code = indexOf(b, (byte) Opcodes.INVOKESTATIC, (byte) Opcodes.RETURN);
        b[code + 1] = (byte) (utf8 >> 8);
        b[code + 2] = (byte) utf8;
        b[code + 3] = (byte) 0xCB; // no such opcode
        ClassWorld world = ClassWorld.of(ClassFileReader.read(b), Compiler.jdkClass("java/lang/Object"));
        assertEquals(List.of(
                "bad/Code.m()V at bytecode 0: malformed code: invoke names pool index " + utf8 + ", not a method reference",
                "bad/Code.m()V at bytecode 3: malformed code: undefined or truncated instruction"),
                LowLevelChecker.violations(world));
    }

    /** The offset of an instruction {@code first}, two operand bytes, then {@code then}. */
    private static int indexOf(byte[] b, byte first, byte then) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == first && b[i + 3] == then) {
                return i;
            }
        }
        throw new AssertionError("instruction not found");
    }

    private static ClassWorld world(Path out) {
        List<ClassFile> classes = new ArrayList<>(Compiler.compile(Map.of("demo/Low.java", LOW, "demo/Types.java", TYPES), out));
        classes.add(Compiler.jdkClass("java/lang/Object"));
        classes.add(Compiler.jdkClass("java/lang/StringBuilder"));
        classes.add(Compiler.classPathClass("ingot/runtime/mem/Mem"));
        return new ClassWorld(classes);
    }

    private static String low(String method, int pc, String marker, String rest) {
        return "demo/Low." + method + " at bytecode " + pc + " (line " + Compiler.lineOf(LOW, "// " + marker) + "): " + rest;
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
