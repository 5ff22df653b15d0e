package ingot.translator.classgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes written by ClassWriter read back with the runtime's reader and run on HotSpot, whose verifier checks them. */
class ClassWriterTest {
    private static final String NAME = "gen/Probe";

    /** {@code static long add(long a, int b)}, {@code static Object box(int)} and a constructor that sets a field. */
    private static byte[] probe() {
        ClassWriter c = new ClassWriter(AccessFlags.PUBLIC | AccessFlags.FINAL | AccessFlags.SUPER, NAME,
                "java/lang/Object", List.of("java/io/Serializable"));
        c.field(AccessFlags.PRIVATE | AccessFlags.FINAL, "value", "D");
        CodeWriter init = c.code(3);
        init.load('L', 0);
        init.invoke(CodeWriter.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.load('L', 0);
        init.load('D', 1);
        init.putfield(NAME, "value", "D");
        init.returnValue('V');
        c.method(AccessFlags.PUBLIC, "<init>", "(D)V", init);
        CodeWriter add = c.code(3);
        add.load('J', 0);
        add.load('I', 2);
        add.simple(0x85, 1, 2); // i2l
        add.simple(0x61, 4, 2); // ladd
        add.returnValue('J');
        c.method(AccessFlags.PUBLIC | AccessFlags.STATIC, "add", "(JI)J", add);
        CodeWriter box = c.code(1);
        box.load('I', 0);
        box.invoke(CodeWriter.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        box.returnValue('L');
        c.method(AccessFlags.PUBLIC | AccessFlags.STATIC, "box", "(I)Ljava/lang/Object;", box);
        return c.toBytes();
    }

    @Test
    void readsBackWithTheRuntimesReader() {
        ClassFile c = ClassFileReader.read(probe());
        assertEquals(NAME, c.name());
        assertEquals("java/lang/Object", c.superName());
        assertArrayEquals(new String[] {"java/io/Serializable"}, c.interfaces());
        assertEquals(1, c.fields().length);
        assertEquals("value", c.fields()[0].name());
        assertEquals("D", c.fields()[0].descriptor());
        assertEquals(3, c.methods().length);
        MethodInfo init = c.methods()[0];
        assertEquals("<init>", init.name());
        assertEquals(3, init.code().maxStack(), "this and a double for putfield");
        MethodInfo add = c.methods()[1];
        assertEquals(4, add.code().maxStack());
        assertEquals(3, add.code().maxLocals());
        assertArrayEquals(new byte[] {0x16, 0, 0x15, 2, (byte) 0x85, 0x61, (byte) 0xAD}, add.code().code());
    }

    @Test
    void runsOnHotSpot() throws Exception {
        Class<?> k = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define(byte[] bytes) {
                return defineClass(NAME.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define(probe());
        Method add = k.getMethod("add", long.class, int.class);
        assertEquals(5_000_000_007L, add.invoke(null, 5_000_000_000L, 7));
        assertEquals(Integer.valueOf(-3), k.getMethod("box", int.class).invoke(null, -3));
        assertEquals(k, k.getConstructor(double.class).newInstance(2.5).getClass());
    }

    @Test
    void sharesEqualPoolEntries() {
        PoolWriter pool = new PoolWriter();
        int first = pool.method("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        assertEquals(first, pool.method("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false));
        assertEquals(pool.classEntry("java/lang/Integer"), pool.classEntry("java/lang/Integer"));
        assertEquals(first + 1, pool.method("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", true),
                "an InterfaceMethodref is another entry, sharing the class and name-and-type");
    }

    @Test
    void refusesToPopAnEmptyStack() {
        CodeWriter code = new ClassWriter(AccessFlags.SUPER, NAME, "java/lang/Object", List.of()).code(1);
        code.load('I', 0);
        assertThrows(IllegalStateException.class, () -> code.pop('J'));
    }

    @Test
    void takesMethodDescriptorsApart() {
        assertEquals(List.of("I", "[[Ljava/lang/String;", "J", "Ljava/util/List;"),
                MethodType.parameters("(I[[Ljava/lang/String;JLjava/util/List;)V"));
        assertEquals("[B", MethodType.returnType("()[B"));
        assertEquals("(IJ)V", MethodType.of(List.of("I", "J"), "V"));
        assertEquals(3, CodeWriter.parameterSlots("(IJ)V"));
        assertThrows(IllegalArgumentException.class, () -> MethodType.parameters("(Q)V"));
        assertThrows(IllegalArgumentException.class, () -> MethodType.parameters("I"));
    }
}
