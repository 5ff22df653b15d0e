package ingot.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import ingot.translator.build.ClosedWorld;
import ingot.translator.build.ImageBuilder;
import ingot.translator.build.ImageCompilation;
import ingot.translator.image.NasmImage;
import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.Rig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Compiler tests' way to bare metal: javac the programs of a test/programs folder, compile their
 * {@code t...} methods (static, no arguments, returning int or long) and what they reach into an
 * image whose ingot_java_main prints {@code Class.tName=value} per method, and boot it under
 * QEMU TCG (this machine's KVM cannot run SSE).
 */
final class ImageHarness {
    private final Rig rig = Rig.local();
    private final Path work;

    ImageHarness(Path work) {
        this.work = work;
    }

    Rig rig() {
        return rig;
    }

    /** Compiles test/programs/{@code folder} with javac; returns the class-file folder. */
    Path compile(String folder, String classPath) throws Exception {
        Path out = work.resolve("classes-" + folder);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
        if (classPath != null) {
            args.addAll(List.of("-cp", classPath));
        }
        try (Stream<Path> files = Files.list(rig.home().root().resolve("test/programs").resolve(folder))) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0])));
        return out;
    }

    static List<ClassFile> readClasses(Path classes) throws Exception {
        List<ClassFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                out.add(ClassFileReader.read(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The public static {@code t...} methods of a program, in name order. */
    static List<MethodInfo> tests(ClassFile c) {
        List<MethodInfo> out = new ArrayList<>();
        for (MethodInfo m : c.methods()) {
            boolean publicStatic = (m.access() & 0x0009) == 0x0009;
            if (publicStatic && m.name().startsWith("t") && (m.descriptor().equals("()I") || m.descriptor().equals("()J"))) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(MethodInfo::name));
        return out;
    }

    /** Builds the image of the programs (with the class library and the runtime) and boots it. */
    GuestRun boot(String name, List<ClassFile> programs) throws Exception {
        Path image = NasmImage.assemble(rig.home(), translate(programs, libraries()), work.resolve(name + ".elf"));
        return rig.boot(BootRequest.of(image).withAccel(Accel.TCG).withTimeout(Duration.ofSeconds(120)));
    }

    /** Builds an image as `ingot image --aot` does (ImageBuilder's main driver), and boots it. */
    GuestRun bootMain(String name, List<ClassFile> programs, String mainClass, String commandLine) throws Exception {
        Path image = buildMain(name, programs, mainClass);
        return rig.boot(BootRequest.of(image).withAccel(Accel.TCG).withCommandLine(commandLine)
                .withTimeout(Duration.ofSeconds(120)));
    }

    /** Builds an image as `ingot image --aot` does (ImageBuilder's main driver); returns its path. */
    Path buildMain(String name, List<ClassFile> programs, String mainClass) throws Exception {
        ClosedWorld world = new ClosedWorld();
        libraries().forEach(world::add);
        programs.forEach(world::add);
        ImageCompilation compilation = new ImageCompilation(world);
        String driver = ImageBuilder.mainDriver(compilation, mainClass);
        return NasmImage.assemble(rig.home(), compilation.finish() + driver, work.resolve(name + ".elf"));
    }

    /** The class library (classlib's java.base) and the runtime's exec and mem classes. */
    List<ClassFile> libraries() throws Exception {
        return new ImageBuilder(rig.home(), System.err).libraryClasses();
    }

    /** The programs' code, and an ingot_java_main that initialises each class and prints each result. */
    private static String translate(List<ClassFile> programs, List<ClassFile> libraries) {
        ClosedWorld world = new ClosedWorld();
        libraries.forEach(world::add);
        programs.forEach(world::add);
        ImageCompilation compilation = new ImageCompilation(world);
        StringBuilder driver = new StringBuilder("section .text\ningot_java_main:\n    push rbp\n    mov rbp, rsp\n")
                .append("    lea rdi, [rel test_heap]\n    lea rsi, [rel test_heap_end]\n    call ")
                .append(compilation.root("ingot/runtime/exec/Heap", "init", "(JJ)V")).append('\n');
        StringBuilder strings = new StringBuilder("section .rodata\n");
        int n = 0;
        for (ClassFile c : programs) {
            if (!tests(c).isEmpty() && Arrays.stream(c.methods()).anyMatch(m -> m.name().equals("<clinit>"))) {
                // the first invokestatic of a t method initialises its class (JVMS §5.5), as on HotSpot
                driver.append("    lea rdi, [rel ").append(compilation.classObject(c.name()).name())
                        .append("]\n    call ingot_rt_initialize\n");
            }
            for (MethodInfo m : tests(c)) {
                String label = "result_name_" + n++;
                strings.append(label).append(": db \"").append(c.name()).append('.').append(m.name()).append("=\"\n");
                driver.append("    mov edi, 1\n    lea rsi, [rel ").append(label).append("]\n    mov edx, ")
                        .append(c.name().length() + m.name().length() + 2).append("\n    call console_write\n");
                driver.append("    call ").append(compilation.root(c.name(), m.name(), m.descriptor())).append('\n');
                driver.append(m.descriptor().endsWith("I") ? "    movsxd rsi, eax\n" : "    mov rsi, rax\n");
                driver.append("    mov edi, 1\n    call console_decimal\n    mov edi, 1\n    mov esi, 10\n    call console_char\n");
            }
        }
        driver.append("    xor eax, eax\n    pop rbp\n    ret\n\n");
        return finish(compilation, driver, strings);
    }

    /** The compiled code and data, the driver, the fatal stubs and the test heap. */
    private static String finish(ImageCompilation compilation, StringBuilder driver, StringBuilder strings) {
        String code = compilation.finish();
        for (java.util.Map.Entry<String, String> e : compilation.nativeMethods().entrySet()) {
            fatal(driver, strings, e.getKey(), "native method not in test images: " + e.getValue());
        }
        return code + "\n" + strings + "\n" + driver + "\nsection .bss\nalignb 4096\ntest_heap: resb 4 << 20\ntest_heap_end:\n";
    }

    private static void fatal(StringBuilder code, StringBuilder strings, String symbol, String message) {
        String text = symbol + ".text";
        strings.append(text).append(": db \"").append(message).append("\", 10\n");
        code.append(symbol).append(":\n    mov edi, 2\n    lea rsi, [rel ").append(text).append("]\n    mov edx, ")
                .append(message.length() + 1).append("\n    call console_write\n    mov edi, 1\n    jmp ingot_exit\n");
    }
}
