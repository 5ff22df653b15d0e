/**
 * The {@code ingot} command (host JDK only, DESIGN.md level 3): one picocli subcommand per job.
 *
 * <p>Invariants: exit status 0 when the job succeeded, 1 with one {@code error:} line on stderr
 * for bad input, 2 for usage errors; no Java stack trace reaches the user.
 */
package ingot.translator;
