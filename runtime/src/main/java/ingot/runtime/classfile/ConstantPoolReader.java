package ingot.runtime.classfile;

/**
 * Reads the constant pool (JVMS §4.4) in one pass over the bytes; {@link ConstantPoolChecker}
 * then checks every reference between entries, since they may point forward.
 */
final class ConstantPoolReader {
    private final ClassInput in;
    private final int major;

    ConstantPoolReader(ClassInput in, int major) {
        this.in = in;
        this.major = major;
    }

    ConstantPool read() {
        int countAt = in.position();
        int count = in.u2();
        if (count == 0) {
            throw in.failAt(countAt, "constant_pool_count is 0");
        }
        // Every entry takes at least three bytes: check before allocating from the count.
        if ((long) (count - 1) * 3 > in.remaining()) {
            throw in.failAt(countAt, "constant_pool_count " + count + " cannot fit in the "
                    + in.remaining() + " bytes left");
        }
        ConstantPool pool = new ConstantPool(in.array(), count);
        for (int i = 1; i < count; i++) {
            if (readEntry(pool, i)) {
                i++;
                if (i >= count) {
                    throw in.failAt(pool.offsets[i - 1], "a Long or Double takes the last pool slot");
                }
            }
        }
        return pool;
    }

    /** Reads entry {@code i}; returns true when it takes two slots. */
    private boolean readEntry(ConstantPool pool, int i) {
        int at = in.position();
        int tag = in.u1();
        pool.offsets[i] = at;
        pool.tags[i] = (byte) tag;
        pool.hasModuleEntries |= tag == ConstantTag.MODULE || tag == ConstantTag.PACKAGE;
        if (ConstantTag.name(tag) == null) {
            throw in.failAt(at, "unknown constant tag " + tag + " at pool index " + i);
        }
        if (major < ConstantTag.sinceMajor(tag)) {
            throw in.failAt(at, "constant tag " + ConstantTag.name(tag) + " at pool index " + i
                    + " needs class-file version " + ConstantTag.sinceMajor(tag) + ", this is " + major);
        }
        switch (tag) {
            case ConstantTag.UTF8:
                readUtf8(pool, i);
                return false;
            case ConstantTag.INTEGER:
            case ConstantTag.FLOAT:
                pool.first[i] = in.s4();
                return false;
            case ConstantTag.LONG:
            case ConstantTag.DOUBLE:
                pool.first[i] = in.s4();
                pool.second[i] = in.s4();
                return true;
            case ConstantTag.METHOD_HANDLE:
                pool.first[i] = in.u1();
                pool.second[i] = in.u2();
                return false;
            case ConstantTag.CLASS:
            case ConstantTag.STRING:
            case ConstantTag.METHOD_TYPE:
            case ConstantTag.MODULE:
            case ConstantTag.PACKAGE:
                pool.first[i] = in.u2();
                return false;
            default: // the member references, NameAndType, Dynamic, InvokeDynamic: two u2
                pool.first[i] = in.u2();
                pool.second[i] = in.u2();
                return false;
        }
    }

    private void readUtf8(ConstantPool pool, int i) {
        int length = in.u2();
        int start = in.position();
        in.skip(length);
        if (!ModifiedUtf8.isWellFormed(in.array(), start, length)) {
            throw in.failAt(start, "malformed modified UTF-8 in Utf8 entry " + i);
        }
        pool.first[i] = start;
        pool.second[i] = length;
    }
}
