package ingot.runtime.bytecode;

/**
 * The kinds of value a local or an operand-stack entry holds, as the compiler and the collector
 * need them: which register class, how many slots, and whether the collector must trace it.
 * boolean, byte, char and short are INT; uninitialized objects are REF.
 */
public final class Kind {
    /** Unusable: never written, the second half of a long or double, or merged from different kinds. */
    public static final byte TOP = 0;
    public static final byte INT = 1;
    public static final byte FLOAT = 2;
    public static final byte LONG = 3;
    public static final byte DOUBLE = 4;
    public static final byte REF = 5;

    private Kind() {
    }

    /** Slots the kind takes in locals and in max_stack: 2 for long and double, else 1. */
    public static int size(int kind) {
        return kind == LONG || kind == DOUBLE ? 2 : 1;
    }

    /** The kind of a field descriptor or a method's return descriptor ({@code V} gives TOP). */
    public static byte ofDescriptor(String descriptor, int at) {
        switch (descriptor.charAt(at)) {
            case 'Z': case 'B': case 'C': case 'S': case 'I': return INT;
            case 'F': return FLOAT;
            case 'J': return LONG;
            case 'D': return DOUBLE;
            case 'L': case '[': return REF;
            default: return TOP;
        }
    }

    /** One letter per kind, as the stack-effect table writes them: T I F J D A. */
    public static char letter(int kind) {
        return "TIFJDA".charAt(kind);
    }

    static byte ofLetter(char c) {
        return (byte) "TIFJDA".indexOf(c);
    }
}
