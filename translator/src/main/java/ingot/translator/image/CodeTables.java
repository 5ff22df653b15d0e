package ingot.translator.image;

import ingot.jit.compiler.CallSites;
import ingot.jit.compiler.CompiledMethod;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.ExceptionHandler;
import ingot.runtime.classfile.MethodInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables the runtime walks to map a return address to its method and bytecode index — for
 * exceptions, stack traces and (later) stack maps — written as NASM data (docs/ARCHITECTURE.md,
 * "Code tables"). Methods are added in code order, so the range table is sorted by address.
 * <pre>
 * ingot_code_table: dq count, then per method: dq start, dq end, dq record
 * record: dq frame_bytes, max_locals, call_count, calls, handler_count, handlers,
 *            line_count, lines, class_name, method_name, source_file
 *   calls:    dd return_offset (from start), dd pc       — ascending return offsets
 *   handlers: dd start_pc, dd end_pc, dq handler_address, dq catch_class (0: any)
 *   lines:    dd start_pc, dd line
 *   names:    NUL-terminated UTF-8; source_file 0 when unknown
 * </pre>
 */
public final class CodeTables {
    private final List<String> rangeRows = new ArrayList<>();
    private final StringBuilder records = new StringBuilder();
    private int methods;

    /**
     * Adds a compiled method; {@code classObject} names the Class object symbol of a catch type
     * (the build fails there when the image cannot have one).
     */
    public void add(CompiledMethod compiled, ClassFile owner, MethodInfo method, Function<String, String> classObject) {
        String record = "ingot_method_" + methods++;
        rangeRows.add("    dq " + compiled.start().name() + ", " + compiled.end().name() + ", " + record);
        CodeAttribute code = method.code();
        records.append("align 8\n").append(record).append(":\n")
                .append("    dq ").append(compiled.frameBytes()).append(", ").append(code.maxLocals()).append('\n')
                .append("    dq ").append(compiled.callSites().count()).append(", ").append(record).append(".calls\n")
                .append("    dq ").append(code.handlers().length).append(", ").append(record).append(".handlers\n")
                .append("    dq ").append(code.lineNumbers().length / 2).append(", ").append(record).append(".lines\n")
                .append("    dq ").append(record).append(".class, ").append(record).append(".method, ")
                .append(owner.sourceFile() == null ? "0" : record + ".source").append('\n');
        callSites(record, compiled);
        handlers(record, compiled, code, classObject);
        lines(record, code);
        names(record, owner, method);
    }

    /** The whole table, in .rodata; returns to .text at the end. */
    public String text() {
        StringBuilder out = new StringBuilder("\nsection .rodata\nalign 8\ningot_code_table:\n    dq ")
                .append(rangeRows.size()).append('\n');
        for (String row : rangeRows) {
            out.append(row).append('\n');
        }
        return out.append(records).append("section .text\n").toString();
    }

    private void callSites(String record, CompiledMethod compiled) {
        records.append(record).append(".calls:\n");
        CallSites calls = compiled.callSites();
        for (int i = 0; i < calls.count(); i++) {
            records.append("    dd ").append(calls.returnAddress(i).name()).append(" - ").append(compiled.start().name())
                    .append(", ").append(calls.pc(i)).append('\n');
        }
    }

    private void handlers(String record, CompiledMethod compiled, CodeAttribute code, Function<String, String> classObject) {
        records.append("align 8\n").append(record).append(".handlers:\n");
        for (ExceptionHandler h : code.handlers()) {
            String catchClass = h.catchType() == null ? "0" : classObject.apply(h.catchType());
            records.append("    dd ").append(h.startPc()).append(", ").append(h.endPc()).append('\n')
                    .append("    dq ").append(compiled.instructionLabel(h.handlerPc()).name()).append(", ")
                    .append(catchClass).append('\n');
        }
    }

    private void lines(String record, CodeAttribute code) {
        records.append(record).append(".lines:\n");
        int[] lines = code.lineNumbers();
        for (int i = 0; i < lines.length; i += 2) {
            records.append("    dd ").append(lines[i]).append(", ").append(lines[i + 1]).append('\n');
        }
    }

    private void names(String record, ClassFile owner, MethodInfo method) {
        records.append(record).append(".class: ").append(utf8(owner.name())).append('\n')
                .append(record).append(".method: ").append(utf8(method.name())).append('\n');
        if (owner.sourceFile() != null) {
            records.append(record).append(".source: ").append(utf8(owner.sourceFile())).append('\n');
        }
    }

    /** A NUL-terminated UTF-8 string as NASM bytes. */
    public static String utf8(String s) {
        StringBuilder out = new StringBuilder("db ");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.append(b & 0xFF).append(", ");
        }
        return out.append('0').toString();
    }
}
