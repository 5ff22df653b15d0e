package ingot.translator;

import picocli.CommandLine;

/** A usage error: one {@code error:} line, a hint to {@code --help}, status 2. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("error: " + e.getMessage());
        cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        cli.getErr().flush();
        return 2;
    }
}
