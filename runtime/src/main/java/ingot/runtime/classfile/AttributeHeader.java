package ingot.runtime.classfile;

/**
 * Reads the head of an attribute (name index, length) and bounds its body: the body is read as a
 * section that must be consumed exactly, so a wrong attribute_length is always caught.
 */
final class AttributeHeader {
    private final ClassInput in;
    private final PoolLookup lookup;
    private final int major;
    private String name;
    private int start;
    private int savedLimit;

    AttributeHeader(ClassInput in, PoolLookup lookup, int major) {
        this.in = in;
        this.lookup = lookup;
        this.major = major;
    }

    /** Reads the next header; returns the attribute's name if the VM reads it, else skips it and returns null. */
    String next() {
        start = in.position();
        String attributeName = lookup.utf8("attribute_name_index");
        int lengthAt = in.position();
        int length = in.s4();
        if (length < 0 || length > in.remaining()) {
            throw in.failAt(lengthAt, "attribute " + attributeName + " length " + (length & 0xFFFFFFFFL)
                    + " exceeds the " + in.remaining() + " bytes left");
        }
        if (!AttributeName.definedIn(attributeName, major)) {
            in.skip(length);
            return null;
        }
        name = attributeName;
        savedLimit = in.beginSection(length);
        return attributeName;
    }

    /** Ends the body of the attribute {@link #next} returned: it must have been read exactly. */
    void end() {
        if (!in.endSection(savedLimit)) {
            throw in.fail(name + " attribute (at byte " + start + ") has " + in.remaining() + " unread bytes at its end");
        }
    }

    /** Skips the rest of the body of an attribute the current context does not read. */
    void skipBody() {
        in.skip(in.remaining());
    }

    /** A second copy of an attribute that may appear once is a format error. */
    ClassFormatError duplicate() {
        return in.failAt(start, "more than one " + name + " attribute");
    }
}
