package ingot.runtime.classfile;

import org.objectweb.asm.Attribute;
import org.objectweb.asm.ByteVector;
import org.objectweb.asm.ClassWriter;

/** An attribute with a given name and body, written by ASM as it is: for forging attributes in tests. */
final class RawAttribute extends Attribute {
    private final byte[] body;

    RawAttribute(String type, byte[] body) {
        super(type);
        this.body = body;
    }

    @Override
    protected ByteVector write(ClassWriter classWriter, byte[] code, int codeLength, int maxStack, int maxLocals) {
        return new ByteVector().putByteArray(body, 0, body.length);
    }
}
