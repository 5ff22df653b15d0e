package ingot.bench;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Mem;
import ingot.jit.asm.NasmWriter;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.jit.asm.Width;
import ingot.jit.asm.Xmm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Assembler throughput: one long generated instruction sequence (a compiler-like mix of moves,
 * arithmetic, memory operands, SSE, calls and jumps to labels) through the byte output alone,
 * through bytes plus NASM text, and, as the reference, NASM assembling that text.
 */
public final class AssemblerBench {
    private static final int INSTRUCTIONS = 1_000_000;
    private static final int ROUNDS = 7;

    private AssemblerBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : INSTRUCTIONS;
        for (int i = 0; i < 5; i++) { // warm-up
            time(count, false);
            time(count, true);
        }
        double bytesNs = Long.MAX_VALUE;
        double textNs = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) { // interleaved, the best of each
            bytesNs = Math.min(bytesNs, time(count, false));
            textNs = Math.min(textNs, time(count, true));
        }
        NasmWriter nasm = new NasmWriter();
        nasm.directive("bits 64");
        nasm.directive("ext_helper equ $$+0x10000000");
        Assembler asm = new Assembler(nasm);
        generate(asm, count);
        int codeBytes = asm.position();
        double nasmNs = nasmNanos(nasm.toString());

        System.out.printf("assembler, bytes only:       %,d instructions in %.1f ms = %.2f M instructions/s (%,d bytes)%n",
            count, bytesNs / 1e6, rate(count, bytesNs), codeBytes);
        System.out.printf("assembler, bytes + NASM text: %,d instructions in %.1f ms = %.2f M instructions/s (%,d chars)%n",
            count, textNs / 1e6, rate(count, textNs), nasm.length());
        if (nasmNs > 0) {
            System.out.printf("reference, nasm -f bin -Ox on that text: %.1f ms = %.2f M instructions/s%n",
                nasmNs / 1e6, rate(count, nasmNs));
            System.out.printf("ratio: bytes only %.1fx nasm; bytes + text %.1fx nasm; text costs %.2fx bytes only%n",
                nasmNs / bytesNs, nasmNs / textNs, textNs / bytesNs);
        } else {
            System.out.printf("ratio: text costs %.2fx bytes only (nasm not run)%n", textNs / bytesNs);
        }
    }

    private static double rate(int count, double nanos) {
        return count / (nanos / 1e9) / 1e6;
    }

    /** Nanoseconds to assemble the sequence, with or without the text output. */
    private static long time(int count, boolean withText) {
        long start = System.nanoTime();
        Assembler asm = withText ? new Assembler(new NasmWriter()) : new Assembler();
        generate(asm, count);
        asm.finish();
        return System.nanoTime() - start;
    }

    /** Runs nasm on the text; the time of the process, or -1 when nasm cannot run. */
    private static double nasmNanos(String text) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ingot-asm-bench");
        Path source = dir.resolve("bench.asm");
        Path out = dir.resolve("bench.bin");
        Files.writeString(source, text, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("nasm", "-f", "bin", "-Ox", "-o", out.toString(), source.toString())
                .redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("nasm is not on PATH (run `make deps`): no reference measured");
            return -1;
        }
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        long nanos = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("nasm failed on the benchmark text:\n" + messages);
        }
        Files.delete(source);
        Files.delete(out);
        Files.delete(dir);
        return nanos;
    }

    /** A deterministic compiler-like mix of {@code count} instructions in blocks of 16 around a loop. */
    static void generate(Assembler asm, int count) {
        Symbol helper = new Symbol("ext_helper");
        long seed = 42;
        int emitted = 0;
        while (emitted < count) {
            Label top = asm.newLabel();
            Label exit = asm.newLabel();
            asm.bind(top);
            for (int i = 0; i < 14; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                emit(asm, (int) (seed >>> 33), helper);
            }
            asm.jcc(Cond.E, exit);
            asm.jmp(top);
            asm.bind(exit);
            emitted += 16;
        }
    }

    private static void emit(Assembler asm, int r, Symbol helper) {
        Reg a = Reg.of(r & 15, Width.QWORD);
        Reg b = Reg.of((r >>> 4) & 15, Width.QWORD);
        Mem m = (r & 0x100) == 0 ? Mem.at(Reg.RBP, -8 * ((r >>> 9) & 31)) : Mem.at(b, a == Reg.RSP ? Reg.RCX : a, 8, 24);
        switch ((r >>> 16) % 12) {
            case 0: asm.mov(a, b); break;
            case 1: asm.mov(a, m); break;
            case 2: asm.mov(m, b.as(Width.DWORD)); break;
            case 3: asm.add(a, (r >>> 20) - 2000); break;
            case 4: asm.sub(a.as(Width.DWORD), b.as(Width.DWORD)); break;
            case 5: asm.cmp(Width.QWORD, m, r & 0x7F); break;
            case 6: asm.lea(a, m); break;
            case 7: asm.movsd(Xmm.of(r & 15), m); break;
            case 8: asm.addsd(Xmm.of(r & 15), Xmm.of((r >>> 4) & 15)); break;
            case 9: asm.shl(a, r & 63); break;
            case 10: asm.mov(a, (long) r << 8); break;
            default: asm.call(helper); break;
        }
    }
}
