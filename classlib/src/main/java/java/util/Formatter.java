package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * printf-style formatting as JDK 17 does it, for Locale.US/ROOT (',' groups, '.' separates): the
 * general conversions (%b %h %s and Formattable), %c, %d %o %x of Byte/Short/Integer/Long, %e %f
 * %g %a of Float/Double, %d %o %x of BigInteger and %e %f %g of BigDecimal, %n and %%, with argument
 * indexes, flags, width and precision. The format string is parsed whole first (FormatParser), so a
 * malformed one prints nothing; a bad argument fails at its specifier after the text before it is
 * written. Not here: locales, and the date/time conversions (%t and %T accept only null, printing "null";
 * any other argument is an IllegalFormatConversionException).
 */
public final class Formatter implements Closeable, Flushable {
    /** The destination; null once closed. */
    private Appendable a;
    private IOException lastException;

    /** A formatter writing to a new StringBuilder. */
    public Formatter() {
        this.a = new StringBuilder();
    }

    /** A formatter writing to {@code a}, or to a new StringBuilder if it is null. */
    public Formatter(Appendable a) {
        this.a = a == null ? new StringBuilder() : a;
    }

    public Formatter(PrintStream ps) {
        this.a = Objects.requireNonNull(ps);
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    /** The last IOException the destination threw, or null. */
    public IOException ioException() {
        return lastException;
    }

    /**
     * Writes the arguments formatted by {@code format}; arguments no specifier uses are ignored,
     * and a null array formats every specifier's argument as null.
     */
    public Formatter format(String format, Object... args) {
        ensureOpen();
        int last = -1;
        int lastOrdinary = -1;
        List<FormatPart> parts = FormatParser.parse(format);
        for (int i = 0; i < parts.size(); i++) {
            FormatPart part = parts.get(i);
            int index = part.index();
            int argument;
            if (index == FormatPart.NO_ARGUMENT) {
                argument = -1;
            } else if (index == FormatPart.PREVIOUS_ARGUMENT) {
                argument = last;
                if (last < 0 || args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(part.toString());
                }
            } else {
                if (index == FormatPart.NEXT_ARGUMENT) {
                    lastOrdinary++;
                    last = lastOrdinary;
                } else {
                    last = index - 1;
                }
                argument = last;
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(part.toString());
                }
            }
            try {
                part.print(this, a, argument < 0 || args == null ? null : args[argument]);
            } catch (IOException e) {
                lastException = e;
            }
        }
        return this;
    }
}
