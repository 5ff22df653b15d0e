package ingot.runtime.classfile;

/**
 * Reads a Code attribute's body (JVMS §4.7.3), with its LineNumberTable, LocalVariableTable and
 * StackMapTable.
 */
final class CodeReader {
    /** JVMS §4.7.3: code_length is greater than zero and less than 65536. */
    static final int MAX_CODE_LENGTH = 65535;
    private static final ExceptionHandler[] NO_HANDLERS = new ExceptionHandler[0];
    private static final int[] NO_LINES = new int[0];

    private final ClassInput in;
    private final PoolLookup lookup;
    private final int major;

    CodeReader(ClassInput in, PoolLookup lookup, int major) {
        this.in = in;
        this.lookup = lookup;
        this.major = major;
    }

    /** Reads the body; {@code parameterSlots} counts {@code this} for instance methods. */
    CodeAttribute read(int parameterSlots) {
        int maxStack = in.u2();
        int localsAt = in.position();
        int maxLocals = in.u2();
        if (maxLocals < parameterSlots) {
            throw in.failAt(localsAt, "max_locals " + maxLocals + " cannot hold the "
                    + parameterSlots + " parameter slots");
        }
        int lengthAt = in.position();
        int codeLength = in.length("code");
        if (codeLength == 0 || codeLength > MAX_CODE_LENGTH) {
            throw in.failAt(lengthAt, "code_length " + codeLength + " is not in 1..65535");
        }
        byte[] code = in.copy(codeLength);
        ExceptionHandler[] handlers = readHandlers(codeLength);
        return readAttributes(maxStack, maxLocals, code, handlers);
    }

    private ExceptionHandler[] readHandlers(int codeLength) {
        int count = in.count("exception_table", 8);
        if (count == 0) {
            return NO_HANDLERS;
        }
        ExceptionHandler[] handlers = new ExceptionHandler[count];
        for (int i = 0; i < count; i++) {
            int at = in.position();
            int start = in.u2();
            int end = in.u2();
            int handler = in.u2();
            if (start >= end || end > codeLength || handler >= codeLength) {
                throw in.failAt(at, "exception handler [" + start + ", " + end + ") -> " + handler
                        + " is outside the code (length " + codeLength + ")");
            }
            handlers[i] = new ExceptionHandler(start, end, handler, lookup.optionalClassName("catch_type"));
        }
        return handlers;
    }

    private CodeAttribute readAttributes(int maxStack, int maxLocals, byte[] code, ExceptionHandler[] handlers) {
        int[] lines = NO_LINES;
        LocalVariables locals = LocalVariables.NONE;
        StackMapFrame[] stackMap = null;
        AttributeHeader header = new AttributeHeader(in, lookup, major);
        int count = in.count("Code attributes", 6);
        for (int i = 0; i < count; i++) {
            String name = header.next();
            if (name == null) {
                continue;
            }
            if (name.equals(AttributeName.LINE_NUMBER_TABLE)) {
                lines = appendLines(lines, code.length);
            } else if (name.equals(AttributeName.LOCAL_VARIABLE_TABLE)) {
                locals = appendLocals(locals, code.length, maxLocals);
            } else if (name.equals(AttributeName.STACK_MAP_TABLE)) {
                if (stackMap != null) {
                    throw header.duplicate();
                }
                stackMap = new StackMapReader(in, lookup.pool(), code.length).read();
            } else {
                header.skipBody();
            }
            header.end();
        }
        return new CodeAttribute(maxStack, maxLocals, code, handlers, lines, locals, stackMap);
    }

    /** A method may have several LineNumberTable attributes; their entries are concatenated. */
    private int[] appendLines(int[] lines, int codeLength) {
        int count = in.count("LineNumberTable entries", 4);
        int[] out = new int[lines.length + 2 * count];
        System.arraycopy(lines, 0, out, 0, lines.length);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            int startPc = in.u2();
            if (startPc >= codeLength) {
                throw in.failAt(at, "LineNumberTable start_pc " + startPc + " is outside the code (length "
                        + codeLength + ")");
            }
            out[lines.length + 2 * i] = startPc;
            out[lines.length + 2 * i + 1] = in.u2();
        }
        return out;
    }

    /**
     * A method may have several LocalVariableTable attributes; their entries are concatenated.
     * Each range lies within the code and each variable within max_locals (JVMS §4.7.13).
     */
    private LocalVariables appendLocals(LocalVariables locals, int codeLength, int maxLocals) {
        int count = in.count("LocalVariableTable entries", 10);
        LocalVariables out = locals.grow(count);
        NameChecks checks = lookup.checks();
        for (int i = 0; i < count; i++) {
            int at = in.position();
            int startPc = in.u2();
            int length = in.u2();
            int name = lookup.index("LocalVariableTable name_index", ConstantTag.UTF8);
            int descriptor = lookup.index("LocalVariableTable descriptor_index", ConstantTag.UTF8);
            int index = in.u2();
            if (startPc >= codeLength || startPc + length > codeLength) {
                throw in.failAt(at, "LocalVariableTable range [" + startPc + ", " + (startPc + length)
                        + ") is outside the code (length " + codeLength + ")");
            }
            if (!checks.isUnqualifiedName(name) || !checks.isFieldDescriptor(descriptor)) {
                throw in.failAt(at, "LocalVariableTable entry " + i + " has an invalid name or descriptor");
            }
            String type = lookup.pool().utf8(descriptor);
            int size = type.equals("J") || type.equals("D") ? 2 : 1;
            if (index + size > maxLocals) {
                throw in.failAt(at, "LocalVariableTable index " + index + " is outside max_locals " + maxLocals);
            }
            out.set(locals.count() + i, startPc, length, index, lookup.pool().utf8(name));
        }
        return out;
    }
}
