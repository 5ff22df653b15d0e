package ingot.runtime.classfile;

/** One entry of the InnerClasses attribute (JVMS §4.7.6). */
public final class InnerClassEntry {
    private final String innerClass;
    private final String outerClass;
    private final String innerName;
    private final int access;

    InnerClassEntry(String innerClass, String outerClass, String innerName, int access) {
        this.innerClass = innerClass;
        this.outerClass = outerClass;
        this.innerName = innerName;
        this.access = access;
    }

    public String innerClass() {
        return innerClass;
    }

    /** The declaring class, or null for local and anonymous classes. */
    public String outerClass() {
        return outerClass;
    }

    /** The simple name, or null for anonymous classes. */
    public String innerName() {
        return innerName;
    }

    public int access() {
        return access;
    }
}
