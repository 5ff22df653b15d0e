package ingot.translator.check;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.MethodInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations found, each one line:
 * {@code <class>.<method><descriptor> at bytecode <offset> (line <n>): <rule>: <detail>}, or without
 * the offset and line for a violation of the declaration itself.
 */
final class Violations {
    static final String ALLOCATION = "allocation";
    static final String EXPLICIT_EXCEPTION = "explicit exception";
    static final String SYNCHRONIZATION = "synchronization";
    static final String UNMARKED_CALL = "call to unmarked code";
    static final String UNRESOLVABLE_CALL = "unresolvable call";
    static final String UNMARKED_OVERRIDE = "unmarked override";
    static final String MALFORMED_CODE = "malformed code";

    private final List<String> lines = new ArrayList<>();

    void atInstruction(ClassFile c, MethodInfo m, int pc, String rule, String detail) {
        CodeAttribute code = m.code();
        int line = code.lineAt(pc);
        lines.add(method(c, m) + " at bytecode " + pc + (line >= 0 ? " (line " + line + ")" : "") + ": " + rule
                + ": " + detail);
    }

    void atDeclaration(ClassFile c, MethodInfo m, String rule, String detail) {
        lines.add(method(c, m) + ": " + rule + ": " + detail);
    }

    List<String> lines() {
        return lines;
    }

    private static String method(ClassFile c, MethodInfo m) {
        return c.name() + "." + m.name() + m.descriptor();
    }
}
