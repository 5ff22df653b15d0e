package ingot.runtime.classfile;

/** A method's Code attribute (JVMS §4.7.3) with the attributes of it the VM uses. */
public final class CodeAttribute {
    private final int maxStack;
    private final int maxLocals;
    private final byte[] code;
    private final ExceptionHandler[] handlers;
    private final int[] lineNumbers;
    private final LocalVariables localVariables;
    private final StackMapFrame[] stackMap;

    CodeAttribute(int maxStack, int maxLocals, byte[] code, ExceptionHandler[] handlers,
                  int[] lineNumbers, LocalVariables localVariables, StackMapFrame[] stackMap) {
        this.maxStack = maxStack;
        this.maxLocals = maxLocals;
        this.code = code;
        this.handlers = handlers;
        this.lineNumbers = lineNumbers;
        this.localVariables = localVariables;
        this.stackMap = stackMap;
    }

    public int maxStack() {
        return maxStack;
    }

    public int maxLocals() {
        return maxLocals;
    }

    /** The bytecode; shared, not copied: callers must not change it. */
    public byte[] code() {
        return code;
    }

    public int codeLength() {
        return code.length;
    }

    public ExceptionHandler[] handlers() {
        return handlers;
    }

    /**
     * The LineNumberTable entries of every such attribute, in order, as pairs:
     * {@code [startPc0, line0, startPc1, line1, ...]}.
     */
    public int[] lineNumbers() {
        return lineNumbers;
    }

    /** The LocalVariableTable entries (none when the class was compiled without {@code -g}). */
    public LocalVariables localVariables() {
        return localVariables;
    }

    /** The StackMapTable frames, or null when the method has none. */
    public StackMapFrame[] stackMap() {
        return stackMap;
    }

    /** The source line of the instruction at {@code pc}, or -1 when unknown. */
    public int lineAt(int pc) {
        int line = -1;
        int bestStart = -1;
        for (int i = 0; i < lineNumbers.length; i += 2) {
            int start = lineNumbers[i];
            if (start <= pc && start >= bestStart) {
                bestStart = start;
                line = lineNumbers[i + 1];
            }
        }
        return line;
    }
}
