package ingot.translator.classgen;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One class file being written (version 61, Java 17): its header, fields and methods. Methods
 * with code get theirs from a {@link CodeWriter} made by {@link #code}; the class has no
 * attributes of its own.
 */
public final class ClassWriter {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int MAJOR_VERSION = 61;

    private final PoolWriter pool = new PoolWriter();
    private final int access;
    private final int thisClass;
    private final int superClass;
    private final int[] interfaces;
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();

    public ClassWriter(int access, String name, String superName, List<String> interfaceNames) {
        this.access = access;
        this.thisClass = pool.classEntry(name);
        this.superClass = pool.classEntry(superName);
        this.interfaces = new int[interfaceNames.size()];
        for (int i = 0; i < interfaces.length; i++) {
            interfaces[i] = pool.classEntry(interfaceNames.get(i));
        }
    }

    public void field(int fieldAccess, String name, String descriptor) {
        Bytes f = new Bytes();
        f.u2(fieldAccess).u2(pool.utf8(name)).u2(pool.utf8(descriptor)).u2(0);
        fields.add(f.toByteArray());
    }

    /** A writer for the code of a method whose locals (parameters included) take {@code maxLocals} slots. */
    public CodeWriter code(int maxLocals) {
        return new CodeWriter(pool, maxLocals);
    }

    /** A method with the code written so far in {@code code} as its Code attribute (no handlers, no attributes). */
    public void method(int methodAccess, String name, String descriptor, CodeWriter code) {
        byte[] bytecode = code.bytes();
        Bytes m = new Bytes();
        m.u2(methodAccess).u2(pool.utf8(name)).u2(pool.utf8(descriptor)).u2(1);
        m.u2(pool.utf8("Code")).u4(12 + bytecode.length);
        m.u2(code.maxStack()).u2(code.maxLocals()).u4(bytecode.length).bytes(bytecode);
        m.u2(0).u2(0);
        methods.add(m.toByteArray());
    }

    public byte[] toBytes() {
        Bytes out = new Bytes();
        out.u4(MAGIC).u2(0).u2(MAJOR_VERSION).bytes(pool.toBytes());
        out.u2(access).u2(thisClass).u2(superClass).u2(interfaces.length);
        for (int i : interfaces) {
            out.u2(i);
        }
        out.u2(fields.size());
        fields.forEach(out::bytes);
        out.u2(methods.size());
        methods.forEach(out::bytes);
        out.u2(0);
        return out.toByteArray();
    }

    /** Big-endian output of class-file items. */
    private static final class Bytes {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Bytes u2(int value) {
            buffer.write(value >>> 8);
            buffer.write(value);
            return this;
        }

        Bytes u4(int value) {
            return u2(value >>> 16).u2(value & 0xFFFF);
        }

        Bytes bytes(byte[] data) {
            buffer.write(data, 0, data.length);
            return this;
        }

        byte[] toByteArray() {
            return buffer.toByteArray();
        }
    }
}
