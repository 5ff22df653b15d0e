package ingot.translator.build;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.jar.JarArchive;
import ingot.runtime.jar.JarEntry;
import ingot.runtime.jar.JarFormatException;
import ingot.translator.BadInputException;
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
 * compiled ahead of time (`--aot`); the image's ingot_java_main starts the VM and calls
 * {@code main(String[])}. Progress goes to the given stream.
 */
public final class ImageBuilder {
    /** The runtime's packages in every image (runtime/target/classes/ingot/runtime/...). */
    private static final String[] RUNTIME_PACKAGES = {"exec", "mem", "clock"};
    private final ProjectHome home;
    private final PrintStream progress;

    public ImageBuilder(ProjectHome home, PrintStream progress) {
        this.home = home;
        this.progress = progress;
    }

    /** Builds {@code output} from the jars; {@code mainClass} null takes the first jar's Main-Class. */
    public Path build(List<Path> jars, String mainClass, Path output) throws BadInputException, ImageException {
        ClosedWorld world = new ClosedWorld();
        int library = addLibrary(world);
        String main = mainClass;
        int application = 0;
        for (Path jar : jars) {
            JarArchive archive = readJar(jar);
            application += addJar(world, jar, archive);
            if (main == null) {
                main = mainClassOf(jar, archive);
            }
        }
        if (main == null) {
            throw new BadInputException("no main class: give --main CLASS or a jar with a Main-Class");
        }
        String internalMain = main.replace('.', '/');
        if (world.find(internalMain) == null) {
            throw new BadInputException("main class " + main + " is not in " + jars);
        }
        ImageCompilation compilation = new ImageCompilation(world);
        String driver = mainDriver(compilation, internalMain);
        String code = compilation.finish();
        Path image = NasmImage.assemble(home, code + driver, output);
        progress.println("ingot image: " + library + " library and " + application + " application classes loaded, "
                + compilation.compiledMethods().size() + " methods compiled, " + size(image) + " bytes: " + image);
        return image;
    }

    /**
     * The image's ingot_java_main: VmMain.start(boot information), the arguments from the boot
     * command line (VmMain.arguments), the main class initialised (JVMS §5.5), the boot-time
     * report when asked for (BootTime.atMain), then main; status 0 when main returns.
     */
    public static String mainDriver(ImageCompilation compilation, String mainClass) {
        return "\nsection .text\ningot_java_main:\n    push rbp\n    mov rbp, rsp\n"
                + "    push rdi\n    sub rsp, 8\n"
                + "    call " + compilation.root("ingot/runtime/exec/VmMain", "start", "(J)V") + "\n"
                + "    mov rdi, [rsp + 8]\n"
                + "    call " + compilation.root("ingot/runtime/exec/VmMain", "arguments", "(J)[Ljava/lang/String;")
                + "\n    mov [rsp + 8], rax\n"
                + "    lea rdi, [rel " + compilation.classObject(mainClass).name() + "]\n"
                + "    call ingot_rt_initialize\n"
                + "    call " + compilation.root("ingot/runtime/exec/BootTime", "atMain", "()V") + "\n"
                + "    mov rdi, [rsp + 8]\n"
                + "    call " + compilation.root(mainClass, "main", "([Ljava/lang/String;)V") + "\n"
                + "    xor eax, eax\n    leave\n    ret\n"
                + "\n" + compilation.root("ingot/runtime/exec/Fatal", "outOfMemory", "()V") + ":\n"
                + "    mov edi, 2\n    lea rsi, [rel ingot_out_of_memory_text]\n    mov edx, ingot_out_of_memory_length\n"
                + "    call console_write\n    mov edi, 1\n    jmp ingot_exit\n"
                + "section .rodata\ningot_out_of_memory_text: db 'Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space', 10\n"
                + "ingot_out_of_memory_length equ $ - ingot_out_of_memory_text\nsection .text\n";
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

    private static int addJar(ClosedWorld world, Path jar, JarArchive archive) throws BadInputException {
        int n = 0;
        for (JarEntry e : archive.versionedEntries(17)) {
            if (e.isDirectory() || !e.name().endsWith(".class") || e.name().endsWith("module-info.class")) {
                continue;
            }
            try {
                ClassFile c = ClassFileReader.read(archive.contents(e));
                world.add(c);
                n++;
            } catch (JarFormatException ex) {
                throw new BadInputException(jar + "!" + e.name() + ": " + ex.getMessage());
            } catch (ClassFormatError ex) {
                throw new BadInputException(jar + "!" + e.name() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        return n;
    }

    private static String mainClassOf(Path jar, JarArchive archive) throws BadInputException {
        try {
            return archive.manifest() == null ? null : archive.manifest().mainClass();
        } catch (JarFormatException e) {
            throw new BadInputException(jar + ": " + e.getMessage());
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
