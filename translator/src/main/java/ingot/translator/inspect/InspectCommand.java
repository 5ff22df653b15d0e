package ingot.translator.inspect;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.translator.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingot inspect [--summary] JAR|CLASS...}: the classes of jars and class files. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {"Print the classes of jars and class files: name, version, super, interfaces,",
            "fields and methods with descriptors and flags, and each method's code sizes and",
            "exception handlers. Exit status: 0 read, 1 bad input, 2 usage error."})
public final class InspectCommand implements Callable<Integer> {
    @Option(names = "--summary", description = "Print one line: classes=N fields=N methods=N code-bytes=N.")
    boolean summary;

    @Parameters(arity = "1..*", paramLabel = "JAR|CLASS", description = "Jars and class files to read.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        PrintWriter out = spec.commandLine().getOut();
        ClassPrinter printer = new ClassPrinter(out);
        Summary totals = new Summary();
        for (Path input : inputs) {
            for (ClassSource source : InputReader.read(input)) {
                ClassFile c = parse(source);
                totals.add(c);
                if (!summary) {
                    printer.print(c, source.origin());
                }
            }
        }
        if (summary) {
            out.println(totals.line());
        }
        out.flush();
        return 0;
    }

    private static ClassFile parse(ClassSource source) throws BadInputException {
        try {
            return ClassFileReader.read(source.bytes());
        } catch (ClassFormatError e) {
            throw new BadInputException(source.origin() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
