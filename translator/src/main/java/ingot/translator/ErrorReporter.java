package ingot.translator;

import picocli.CommandLine;

/**
 * Turns an exception escaping a subcommand into one {@code error:} line and status 1.
 * Bad input never shows a Java stack trace to the user.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        cli.getErr().println("error: " + describe(e));
        cli.getErr().flush();
        return 1;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
