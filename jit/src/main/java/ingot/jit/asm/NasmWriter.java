package ingot.jit.asm;

/**
 * The text output: NASM source for the instructions, labels and data an {@link Assembler}
 * writes, one instruction a line, data values gathered into wide directives. The assembler chooses
 * every encoding (jump sizes included) and this writer spells out that choice, so NASM 2.16
 * assembles the text to the same bytes as the {@link CodeBuffer}.
 *
 * <p>The owner writes the file's frame around it with {@link #directive} ({@code bits 64},
 * {@code section}, {@code extern}, symbol definitions).
 */
public final class NasmWriter {
    private static final String INDENT = "    ";
    /** Values per line of a data directive. */
    private static final int DATA_PER_LINE = 16;

    /** The writer that writes nothing, behind an assembler without text output. */
    static final NasmWriter DISABLED = new NasmWriter(null);

    private final StringBuilder out;
    private int operands;
    private String openData;
    private int openDataCount;

    public NasmWriter() {
        this(new StringBuilder(4096));
    }

    private NasmWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes one line as it is, e.g. {@code bits 64} or {@code section .text}. */
    public void directive(String line) {
        if (out == null) {
            return;
        }
        closeData();
        out.append(line).append('\n');
    }

    /** Characters written so far. */
    public int length() {
        return out == null ? 0 : out.length();
    }

    /** The text between two {@link #length()} marks. */
    public String text(int from, int to) {
        closeData();
        return out.substring(from, to);
    }

    @Override
    public String toString() {
        if (out == null) {
            return "";
        }
        closeData();
        return out.toString();
    }

    // ---- instructions: insn(mnemonic), then operands in NASM order, then end() --------------

    NasmWriter insn(String mnemonic) {
        if (out != null) {
            closeData();
            out.append(INDENT).append(mnemonic);
            operands = 0;
        }
        return this;
    }

    NasmWriter op(Reg reg) {
        return name(reg.toString());
    }

    NasmWriter op(Xmm reg) {
        return name(reg.toString());
    }

    NasmWriter op(ControlReg reg) {
        return name(reg.toString());
    }

    private NasmWriter name(String name) {
        if (out != null) {
            separator().append(name);
        }
        return this;
    }

    /** A memory operand whose size the other operand or the instruction gives. */
    NasmWriter op(Mem mem) {
        if (out != null) {
            mem.appendNasm(separator());
        }
        return this;
    }

    /** A memory operand with an explicit size keyword, {@code qword [rax]}. */
    NasmWriter op(Width width, Mem mem) {
        if (out != null) {
            mem.appendNasm(separator().append(width.keyword()).append(' '));
        }
        return this;
    }

    NasmWriter imm(long value) {
        if (out != null) {
            separator().append(value);
        }
        return this;
    }

    /** An immediate with a size keyword, {@code strict qword 5}. */
    NasmWriter imm(String keyword, long value) {
        if (out != null) {
            separator().append(keyword).append(' ').append(value);
        }
        return this;
    }

    /** A jump or call target: {@code short L1}, {@code near L1} or (size null) {@code L1}. */
    NasmWriter target(String size, String name) {
        if (out != null) {
            StringBuilder b = separator();
            if (size != null) {
                b.append(size).append(' ');
            }
            b.append(name);
        }
        return this;
    }

    void end() {
        if (out != null) {
            out.append('\n');
        }
    }

    private StringBuilder separator() {
        out.append(operands++ == 0 ? " " : ", ");
        return out;
    }

    // ---- labels, comments, data -------------------------------------------------------------

    void label(Label label) {
        if (out != null) {
            closeData();
            out.append(label.name()).append(":\n");
        }
    }

    /** {@code ; text}, with line breaks turned into spaces. */
    void comment(String text) {
        if (out != null) {
            closeData();
            out.append(INDENT).append("; ").append(text.replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
    }

    /** One value of a data directive ({@code db}, {@code dw}, {@code dd}, {@code dq}), joined to the open line. */
    void data(String directive, long value) {
        if (out == null) {
            return;
        }
        openData(directive);
        out.append(value);
    }

    /** One expression of a data directive: a label, {@code symbol+8}, {@code L2-L1}. */
    void dataExpression(String directive, String expression) {
        if (out == null) {
            return;
        }
        openData(directive);
        out.append(expression);
    }

    void align(int boundary, int fill) {
        if (out != null) {
            closeData();
            out.append(INDENT).append("align ").append(boundary).append(", db ").append(fill).append('\n');
        }
    }

    private void openData(String directive) {
        if (directive.equals(openData) && openDataCount < DATA_PER_LINE) {
            out.append(", ");
        } else {
            closeData();
            out.append(INDENT).append(directive).append(' ');
            openData = directive;
            openDataCount = 0;
        }
        openDataCount++;
    }

    private void closeData() {
        if (openData != null) {
            out.append('\n');
            openData = null;
        }
    }
}
