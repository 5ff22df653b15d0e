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
        int length = in.length("attribute " + attributeName);
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
        in.endSection(savedLimit, name + " attribute (at byte " + start + ")");
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
