package ingot.translator;

import ingot.translator.inspect.InspectCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ingot} command: one subcommand per job; parsing by picocli. Host JDK only. */
@Command(name = "ingot",
        mixinStandardHelpOptions = true,
        version = "ingot 0.1.0",
        description = "Ingot: a JVM for bare metal.",
        subcommands = {InspectCommand.class, ImageCommand.class, RunCommand.class, XlCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status: 0 ok, 1 bad input, 2 usage. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given standard output and error. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(new UsageErrorReporter());
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
