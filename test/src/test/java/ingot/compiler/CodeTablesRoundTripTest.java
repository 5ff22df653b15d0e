package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.jit.compiler.CallSites;
import ingot.jit.compiler.CompiledMethod;
import ingot.jit.compiler.RuntimeRoutine;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.ExceptionHandler;
import ingot.runtime.classfile.MethodInfo;
import ingot.runtime.exec.CodeTable;
import ingot.runtime.mem.hosted.HostedMachine;
import ingot.translator.build.ClosedWorld;
import ingot.translator.build.ImageCompilation;
import ingot.translator.image.ClassObjects;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code tables as the translator writes them (ingot.translator.image.CodeTables) and as the
 * runtime reads them (ingot.runtime.exec.CodeTable) agree: compiled methods are assembled by NASM
 * at a known address, the bytes are loaded into a hosted machine, and every call site maps back to
 * its method and bytecode index, every pc to its line, every handler to its range.
 */
class CodeTablesRoundTripTest {
    private static final long BASE = 0x400000;

    @TempDir
    Path dir;

    @Test
    void runtimeReadsWhatTheTranslatorWrites() throws Exception {
        ImageHarness harness = new ImageHarness(dir);
        List<ClassFile> programs = ImageHarness.readClasses(harness.compile("tables", null));
        ClosedWorld world = new ClosedWorld();
        harness.libraries().forEach(world::add);
        programs.forEach(world::add);
        ImageCompilation compilation = new ImageCompilation(world);
        for (MethodInfo m : programs.get(0).methods()) {
            if (m.name().startsWith("t")) {
                compilation.root(programs.get(0).name(), m.name(), m.descriptor());
            }
        }
        String text = compilation.finish();
        StringBuilder outside = new StringBuilder("ingot_exit equ 0\nconsole_write equ 0\nboot_info equ 0\n");
        for (String nativeSymbol : compilation.nativeMethods().keySet()) {
            outside.append(nativeSymbol).append(" equ 0\n");
        }
        Map<String, Long> symbols = assemble(outside + text);
        HostedMachine previous = HostedMachine.install(new HostedMachine());
        try {
            load(dir.resolve("tables.bin"));
            long table = symbols.get("ingot_code_table");
            int checked = 0;
            for (CompiledMethod method : compilation.compiledMethods()) {
                checked += check(table, method, compilation.methodOf(method.entry()).member, symbols);
            }
            System.out.println("code tables round trip: " + compilation.compiledMethods().size() + " methods, "
                    + checked + " call sites");
            assertTrue(checked > 5, "expected the programs' call sites, saw " + checked);
        } finally {
            HostedMachine.install(previous);
        }
    }

    private static int check(long table, CompiledMethod method, MethodInfo info, Map<String, Long> symbols) {
        long start = symbols.get(method.entry());
        int index = CodeTable.methodAt(table, start);
        assertTrue(index >= 0, method.entry());
        assertEquals(start, CodeTable.start(table, index));
        long record = CodeTable.record(table, index);
        assertEquals(method.frameBytes(), CodeTable.frameBytes(record));
        CodeAttribute code = info.code();
        assertEquals(code.maxLocals(), CodeTable.maxLocals(record));
        CallSites calls = method.callSites();
        for (int i = 0; i < calls.count(); i++) {
            long returnAddress = symbols.get(calls.returnAddress(i).name());
            assertEquals(index, CodeTable.methodAt(table, returnAddress));
            assertEquals(calls.pc(i), CodeTable.pcOfReturn(record, start, returnAddress),
                    method.entry() + " call " + i + " of " + calls.count() + " at offset " + (returnAddress - start));
            assertEquals(code.lineAt(calls.pc(i)), CodeTable.lineOf(record, calls.pc(i)));
        }
        ExceptionHandler[] handlers = code.handlers();
        assertEquals(handlers.length, CodeTable.handlerCount(record));
        for (int i = 0; i < handlers.length; i++) {
            assertTrue(CodeTable.handlerCovers(record, i, handlers[i].startPc()));
            assertTrue(!CodeTable.handlerCovers(record, i, handlers[i].endPc()));
            long handler = symbols.get(method.instructionLabel(handlers[i].handlerPc()).name());
            assertEquals(handler, CodeTable.handlerAddress(record, i));
            String catchType = handlers[i].catchType();
            long catchClass = catchType == null ? 0 : symbols.get(ClassObjects.label(catchType));
            assertEquals(catchClass, CodeTable.handlerCatchClass(record, i));
        }
        return calls.count();
    }

    /** Assembles the text at BASE with NASM, the runtime's and the shim's symbols at 0; returns the symbol map. */
    private Map<String, Long> assemble(String text) throws Exception {
        StringBuilder source = new StringBuilder("[map symbols " + dir.resolve("tables.map") + "]\n");
        source.append("section .text start=").append(BASE).append("\n");
        for (Field f : RuntimeRoutine.class.getFields()) {
            source.append(f.get(null)).append(" equ 0\n");
        }
        source.append("boot_stack_bottom equ 0\n"); // the stack limit's first value refers to it
        source.append(text);
        Path asm = dir.resolve("tables.asm");
        Files.writeString(asm, source);
        Process p = new ProcessBuilder("nasm", "-f", "bin", "-o", dir.resolve("tables.bin").toString(), asm.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        Map<String, Long> symbols = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("tables.map"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[0].matches("[0-9A-F]+") && parts[1].matches("[0-9A-F]+")) {
                symbols.put(parts[2], Long.parseLong(parts[1], 16));
            }
        }
        return symbols;
    }

    private static void load(Path binary) throws Exception {
        byte[] bytes = Files.readAllBytes(binary);
        HostedMachine machine = HostedMachine.current();
        long length = (bytes.length + 4095) & ~4095L;
        machine.memory().map(BASE, length);
        for (int i = 0; i < bytes.length; i++) {
            machine.memory().store(BASE + i, 1, bytes[i]);
        }
    }
}
