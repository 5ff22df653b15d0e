package ingot.runtime.classfile;

/** One component of the Record attribute (JVMS §4.7.30). */
public final class RecordComponent {
    private final String name;
    private final String descriptor;
    private final String signature;

    RecordComponent(String name, String descriptor, String signature) {
        this.name = name;
        this.descriptor = descriptor;
        this.signature = signature;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    /** The generic Signature attribute, or null. */
    public String signature() {
        return signature;
    }
}
