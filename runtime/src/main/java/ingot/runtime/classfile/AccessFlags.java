package ingot.runtime.classfile;

/** Access and property flags of classes, fields and methods (JVMS §4.1, §4.5, §4.6). */
public final class AccessFlags {
    public static final int PUBLIC = 0x0001;
    public static final int PRIVATE = 0x0002;
    public static final int PROTECTED = 0x0004;
    public static final int STATIC = 0x0008;
    public static final int FINAL = 0x0010;
    public static final int SUPER = 0x0020;
    public static final int SYNCHRONIZED = 0x0020;
    public static final int VOLATILE = 0x0040;
    public static final int BRIDGE = 0x0040;
    public static final int TRANSIENT = 0x0080;
    public static final int VARARGS = 0x0080;
    public static final int NATIVE = 0x0100;
    public static final int INTERFACE = 0x0200;
    public static final int ABSTRACT = 0x0400;
    public static final int STRICT = 0x0800;
    public static final int SYNTHETIC = 0x1000;
    public static final int ANNOTATION = 0x2000;
    public static final int ENUM = 0x4000;
    public static final int MODULE = 0x8000;

    /** The kinds of declaration whose flags {@link #describe} names. */
    public static final int KIND_CLASS = 0;
    public static final int KIND_FIELD = 1;
    public static final int KIND_METHOD = 2;

    private static final String[] CLASS_NAMES = {
        "public", null, null, null, "final", "super", null, null,
        null, "interface", "abstract", null, "synthetic", "annotation", "enum", "module"};
    private static final String[] FIELD_NAMES = {
        "public", "private", "protected", "static", "final", null, "volatile", "transient",
        null, null, null, null, "synthetic", null, "enum", null};
    private static final String[] METHOD_NAMES = {
        "public", "private", "protected", "static", "final", "synchronized", "bridge", "varargs",
        "native", null, "abstract", "strict", "synthetic", null, null, null};

    private AccessFlags() {
    }

    /** The flags' names in bit order, separated by spaces; unnamed bits appear in hex. */
    public static String describe(int flags, int kind) {
        String[] names = kind == KIND_CLASS ? CLASS_NAMES : kind == KIND_FIELD ? FIELD_NAMES : METHOD_NAMES;
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < 16; bit++) {
            if ((flags & (1 << bit)) == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            String name = names[bit];
            out.append(name != null ? name : "0x" + Integer.toHexString(1 << bit));
        }
        return out.toString();
    }

    /** The number of the three visibility flags set. */
    static int visibilityCount(int flags) {
        return Integer.bitCount(flags & (PUBLIC | PRIVATE | PROTECTED));
    }
}
