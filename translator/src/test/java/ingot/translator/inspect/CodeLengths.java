package ingot.translator.inspect;

import org.objectweb.asm.ClassReader;

/**
 * The summed code_length of a class's Code attributes, found by walking the class file with ASM's
 * raw accessors (independent of our reader): the oracle for {@code --summary}'s code-bytes.
 */
final class CodeLengths {
    private CodeLengths() {
    }

    static long total(byte[] bytes) {
        ClassReader cr = new ClassReader(bytes);
        char[] buffer = new char[cr.getMaxStringLength()];
        int at = cr.header + 6;
        at += 2 + 2 * cr.readUnsignedShort(at);    // interfaces
        at = skipMembers(cr, at, buffer, null);     // fields
        long[] total = {0};
        skipMembers(cr, at, buffer, total);         // methods, adding up their Code lengths
        return total[0];
    }

    private static int skipMembers(ClassReader cr, int at, char[] buffer, long[] codeTotal) {
        int count = cr.readUnsignedShort(at);
        at += 2;
        for (int i = 0; i < count; i++) {
            at += 6;
            int attributes = cr.readUnsignedShort(at);
            at += 2;
            for (int a = 0; a < attributes; a++) {
                String name = cr.readUTF8(at, buffer);
                int length = cr.readInt(at + 2);
                if (codeTotal != null && "Code".equals(name)) {
                    codeTotal[0] += cr.readInt(at + 10);
                }
                at += 6 + length;
            }
        }
        return at;
    }
}
