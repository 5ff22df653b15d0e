package ingot.translator.build;

import ingot.jit.compiler.RuntimeRoutine;
import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import ingot.runtime.jar.JarArchive;
import ingot.runtime.jar.JarEntry;
import ingot.runtime.jar.JarFormatException;
import ingot.translator.BadInputException;
import ingot.translator.image.CodeTables;
import ingot.translator.image.ElfSegments;
import ingot.translator.image.ImageException;
import ingot.translator.image.NasmImage;
import ingot.translator.rig.ProjectHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds an image that runs a program: the class library (classlib's java.base), the VM's runtime
 * and the application's classes form the closed world; everything the program's main reaches is
 * compiled ahead of time (`--aot`); the image's ingot_java_main starts the VM and calls the
 * {@code main(String[])} of the class the boot command line names (of those the jars declare),
 * or of the default main class. Progress goes to the given stream.
 */
public final class ImageBuilder {
    private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";

    /** The runtime's packages in every image (runtime/target/classes/ingot/runtime/...). */
    private static final String[] RUNTIME_PACKAGES = {"exec", "mem", "clock"};
    private final ProjectHome home;
    private final PrintStream progress;

    public ImageBuilder(ProjectHome home, PrintStream progress) {
        this.home = home;
        this.progress = progress;
    }

    /**
     * Builds {@code output} from the jars: every class of theirs that declares
     * {@code public static void main(String[])} can be named on the boot command line;
     * {@code mainClass} (null: the first jar's Main-Class, if any) is the default.
     */
    public Path build(List<Path> jars, String mainClass, Path output) throws BadInputException, ImageException {
        ClosedWorld world = new ClosedWorld();
        int library = addLibrary(world);
        String main = mainClass;
        List<ClassFile> application = new ArrayList<>();
        for (Path jar : jars) {
            JarArchive archive = readJar(jar);
            addJar(world, jar, archive, application);
            if (main == null) {
                main = mainClassOf(jar, archive);
            }
        }
        List<String> mains = mainClasses(application);
        String internalMain = main == null ? null : main.replace('.', '/');
        if (internalMain != null && !mains.contains(internalMain)) {
            throw new BadInputException("main class " + main + " is not a class of " + jars
                    + " declaring public static void main(String[])");
        }
        if (mains.isEmpty()) {
            throw new BadInputException("no class of " + jars + " declares public static void main(String[])");
        }
        ImageCompilation compilation = new ImageCompilation(world);
        String driver = mainDriver(compilation, mains, internalMain);
        String code = compilation.finish();
        Path image = NasmImage.assemble(home, code + driver, output);
        progress.println("ingot image: " + library + " library and " + application.size() + " application classes loaded, "
                + mains.size() + " main classes, " + compilation.compiledMethods().size() + " methods compiled, "
                + size(image) + " bytes (" + segments(image) + "): " + image);
        return image;
    }

    /** The classes (internal names, in the given order) that declare {@code public static void main(String[])}. */
    public static List<String> mainClasses(List<ClassFile> classes) {
        List<String> out = new ArrayList<>();
        for (ClassFile c : classes) {
            for (MethodInfo m : c.methods()) {
                if (m.name().equals("main") && m.descriptor().equals(MAIN_DESCRIPTOR)
                        && (m.access() & (AccessFlags.PUBLIC | AccessFlags.STATIC)) == (AccessFlags.PUBLIC | AccessFlags.STATIC)) {
                    out.add(c.name());
                }
            }
        }
        return out;
    }

    /**
     * The image's ingot_java_main: VmMain.start(boot information); the main class's row of
     * ingot_main_table chosen from the boot command line (VmMain.mainRow: the class it names, else
     * {@code defaultMain}); the arguments (VmMain.arguments); that class initialised (JVMS §5.5);
     * the boot-time report when asked for (BootTime.atMain); then its main; status 0 when main
     * returns. {@code mainClasses} and {@code defaultMain} are internal names; {@code defaultMain}
     * may be null (then the command line must name one).
     */
    public static String mainDriver(ImageCompilation compilation, List<String> mainClasses, String defaultMain) {
        return "\nsection .text\ningot_java_main:\n    push rbp\n    mov rbp, rsp\n"
                + "    push rdi\n    sub rsp, 8\n"
                + "    call " + compilation.root("ingot/runtime/exec/VmMain", "start", "(J)V") + "\n"
                + "    mov rdi, [rsp + 8]\n    lea rsi, [rel ingot_main_table]\n"
                + "    call " + compilation.root("ingot/runtime/exec/VmMain", "mainRow", "(JJ)J") + "\n"
                + "    mov rdi, [rsp + 8]\n    mov [rsp + 8], rax\n"
                + "    call " + compilation.root("ingot/runtime/exec/VmMain", "arguments", "(J)[Ljava/lang/String;")
                + "\n    mov [rsp], rax\n"
                + "    mov rax, [rsp + 8]\n    mov rdi, [rax + 8]\n"
                + "    call " + compilation.runtime(RuntimeRoutine.INITIALIZE).name() + "\n"
                + "    call " + compilation.root("ingot/runtime/exec/BootTime", "atMain", "()V") + "\n"
                + "    mov rax, [rsp + 8]\n    mov rdi, [rsp]\n"
                + "    call [rax + 16]\n"
                + "    xor eax, eax\n    leave\n    ret\n"
                + "\n" + compilation.root("ingot/runtime/exec/Fatal", "outOfMemory", "()V") + ":\n"
                + "    mov edi, 2\n    lea rsi, [rel ingot_out_of_memory_text]\n    mov edx, ingot_out_of_memory_length\n"
                + "    call console_write\n    mov edi, 1\n    jmp ingot_exit\n"
                + "\n" + compilation.root("ingot/runtime/exec/Fatal", "stackOverflow", "()V") + ":\n"
                + "    mov edi, 2\n    lea rsi, [rel ingot_stack_overflow_text]\n    mov edx, ingot_stack_overflow_length\n"
                + "    call console_write\n    mov edi, 1\n    jmp ingot_exit\n"
                + "section .rodata\ningot_out_of_memory_text: db 'Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space', 10\n"
                + "ingot_out_of_memory_length equ $ - ingot_out_of_memory_text\n"
                + "ingot_stack_overflow_text: db 'Exception in thread \"main\" java.lang.StackOverflowError', 10\n"
                + "ingot_stack_overflow_length equ $ - ingot_stack_overflow_text\n"
                + mainTable(compilation, mainClasses, defaultMain) + "section .text\n";
    }

    /** ingot_main_table (layout: ingot.runtime.exec.MainTable); each main is a root of the compilation. */
    private static String mainTable(ImageCompilation compilation, List<String> mainClasses, String defaultMain) {
        int defaultRow = defaultMain == null ? -1 : mainClasses.indexOf(defaultMain);
        StringBuilder rows = new StringBuilder("align 8\ningot_main_table: dq " + mainClasses.size() + ", "
                + (defaultRow < 0 ? "0" : "ingot_main_row_" + defaultRow) + "\n");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < mainClasses.size(); i++) {
            String c = mainClasses.get(i);
            rows.append("ingot_main_row_").append(i).append(": dq ingot_main_name_").append(i).append(", ")
                    .append(compilation.classObject(c).name()).append(", ")
                    .append(compilation.root(c, "main", MAIN_DESCRIPTOR)).append('\n');
            names.append("ingot_main_name_").append(i).append(": ").append(CodeTables.utf8(c.replace('/', '.'))).append('\n');
        }
        return rows.append(names).toString();
    }

    /** The class library and the runtime's packages that images contain; returns the class count. */
    private int addLibrary(ClosedWorld world) throws BadInputException {
        int n = addTree(world, home.root().resolve("classlib/target/java.base"));
        for (String runtimePackage : RUNTIME_PACKAGES) {
            n += addTree(world, home.root().resolve("runtime/target/classes/ingot/runtime").resolve(runtimePackage));
        }
        return n;
    }

    private static int addTree(ClosedWorld world, Path dir) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + " is missing: build Ingot first (make)");
        }
        int n = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                if (!p.getFileName().toString().equals("module-info.class")) {
                    world.add(ClassFileReader.read(Files.readAllBytes(p)));
                    n++;
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + dir + ": " + e.getMessage());
        }
        return n;
    }

    private static JarArchive readJar(Path jar) throws BadInputException {
        try {
            return JarArchive.read(Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new BadInputException(jar + ": cannot read: " + e.getMessage());
        } catch (JarFormatException e) {
            throw new BadInputException(jar + ": " + e.getMessage());
        }
    }

    private static void addJar(ClosedWorld world, Path jar, JarArchive archive, List<ClassFile> added) throws BadInputException {
        for (JarEntry e : archive.versionedEntries(17)) {
            if (e.isDirectory() || !e.name().endsWith(".class") || e.name().endsWith("module-info.class")) {
                continue;
            }
            try {
                ClassFile c = ClassFileReader.read(archive.contents(e));
                world.addApplication(c);
                added.add(c);
            } catch (JarFormatException ex) {
                throw new BadInputException(jar + "!" + e.name() + ": " + ex.getMessage());
            } catch (ClassFormatError ex) {
                throw new BadInputException(jar + "!" + e.name() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
    }

    private static String mainClassOf(Path jar, JarArchive archive) throws BadInputException {
        try {
            return archive.manifest() == null ? null : archive.manifest().mainClass();
        } catch (JarFormatException e) {
            throw new BadInputException(jar + ": " + e.getMessage());
        }
    }

    private static String segments(Path image) {
        try {
            return ElfSegments.summary(Files.readAllBytes(image));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static long size(Path image) {
        try {
            return Files.size(image);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The classes of the library trees, for tests that build their own worlds. */
    public List<ClassFile> libraryClasses() throws BadInputException {
        ClosedWorld world = new ClosedWorld();
        addLibrary(world);
        List<ClassFile> out = new ArrayList<>();
        world.classes().forEach(out::add);
        return out;
    }
}
