package ingot.translator.classgen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** A constant pool being written: each distinct entry once, in the order first asked for. */
public final class PoolWriter {
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int FIELDREF = 9;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;
    private static final int NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> indices = new HashMap<>();
    private int next = 1;

    public int utf8(String text) {
        Integer known = indices.get("U" + text);
        if (known != null) {
            return known;
        }
        int index = add("U" + text);
        try {
            out.writeByte(UTF8);
            out.writeUTF(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    public int classEntry(String internalName) {
        return entry("C" + internalName, CLASS, utf8(internalName));
    }

    public int nameAndType(String name, String descriptor) {
        return entry("N" + name + ' ' + descriptor, NAME_AND_TYPE, utf8(name), utf8(descriptor));
    }

    public int field(String owner, String name, String descriptor) {
        return member(FIELDREF, owner, name, descriptor);
    }

    /** A Methodref, or an InterfaceMethodref when {@code ownerIsInterface}. */
    public int method(String owner, String name, String descriptor, boolean ownerIsInterface) {
        return member(ownerIsInterface ? INTERFACE_METHODREF : METHODREF, owner, name, descriptor);
    }

    private int member(int tag, String owner, String name, String descriptor) {
        return entry("M" + tag + owner + '.' + name + descriptor, tag, classEntry(owner), nameAndType(name, descriptor));
    }

    /** An entry of one u2 operand (two for a NameAndType or member reference) after its tag. */
    private int entry(String key, int tag, int... operands) {
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        int index = add(key);
        bytes.write(tag);
        for (int operand : operands) {
            bytes.write(operand >>> 8);
            bytes.write(operand);
        }
        return index;
    }

    private int add(String key) {
        if (next > 0xFFFF) {
            throw new IllegalStateException("constant pool overflow");
        }
        indices.put(key, next);
        return next++;
    }

    /** constant_pool_count, then the entries. */
    byte[] toBytes() {
        byte[] entries = bytes.toByteArray();
        byte[] all = new byte[entries.length + 2];
        all[0] = (byte) (next >>> 8);
        all[1] = (byte) next;
        System.arraycopy(entries, 0, all, 2, entries.length);
        return all;
    }
}
