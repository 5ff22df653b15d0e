package ingot.jit.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The differential test: the corpus goes through one assembler with both outputs; the byte output
 * (relocations applied at base 0) must equal what NASM makes of the text output. The text is
 * assembled twice: as written (every jump size explicit) and with the sizes of automatic backward
 * jumps removed, so that NASM chooses them itself and must choose as the assembler did.
 */
class NasmCrossCheckTest {
    private static final Path DIR = Path.of("target", "asm-crosscheck");
    private static final Pattern BACKWARD_JUMP_SIZE =
        Pattern.compile("(?m)^(\\s+j[a-z]+) (?:short|near) (back\\d+)$");
    private static final int SHOWN = 10;

    @Test
    void bytesEqualNasmOnTheWholeCorpus() throws Exception {
        Nasm.version();
        NasmWriter nasm = new NasmWriter();
        Assembler asm = new Assembler(nasm);
        Cases cases = new Cases(asm, nasm);
        new InstructionCorpus(asm, cases).generate();
        byte[] ours = asm.code().link(0, InstructionCorpus::addressOf);

        String header = "bits 64\norg 0\n" + InstructionCorpus.symbolDefinitions();
        String explicit = header + nasm;
        String nasmChooses = header + withoutBackwardJumpSizes(nasm.toString());
        assertTrue(!nasmChooses.equals(explicit), "the corpus has automatic backward jumps");

        StringBuilder report = new StringBuilder();
        int mismatches = compare("explicit", ours, Nasm.assemble(DIR, "corpus", explicit), cases, report)
            + compare("nasm-sized", ours, Nasm.assemble(DIR, "corpus-nasm-sized", nasmChooses), cases, report);

        System.out.println("assembler cross-check: " + cases.instructions() + " instructions, "
            + mismatches + " mismatches");
        assertEquals(0, mismatches, "assembler bytes differ from NASM's:\n" + report);
        assertTrue(cases.instructions() >= 20000, "at least 20,000 instructions: " + cases.instructions());
    }

    static String withoutBackwardJumpSizes(String text) {
        Matcher m = BACKWARD_JUMP_SIZE.matcher(text);
        return m.replaceAll("$1 $2");
    }

    /** Counts the cases whose slot differs and describes the first few. */
    private static int compare(String variant, byte[] ours, byte[] theirs, Cases cases, StringBuilder report) {
        int mismatches = 0;
        if (ours.length != theirs.length) {
            report.append(variant).append(": lengths differ: ours ").append(ours.length)
                .append(", nasm ").append(theirs.length).append('\n');
        }
        List<Cases.Case> all = cases.all();
        for (Cases.Case c : all) {
            if (!sameSlot(ours, theirs, c)) {
                if (mismatches++ < SHOWN) {
                    report.append(variant).append(" @").append(Integer.toHexString(c.start)).append(":\n")
                        .append(c.text)
                        .append("      ours: ").append(hex(ours, c.start, c.end)).append('\n')
                        .append("      nasm: ").append(hex(theirs, c.start, Math.min(c.slotEnd, c.start + 32)))
                        .append('\n');
                }
            }
        }
        return mismatches;
    }

    private static boolean sameSlot(byte[] ours, byte[] theirs, Cases.Case c) {
        if (c.slotEnd > theirs.length) {
            return false;
        }
        for (int i = c.start; i < c.slotEnd; i++) {
            if (ours[i] != theirs[i]) {
                return false;
            }
        }
        return true;
    }

    static String hex(byte[] bytes, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(to, bytes.length); i++) {
            b.append(String.format("%02X", bytes[i] & 0xFF));
        }
        return b.toString();
    }
}
