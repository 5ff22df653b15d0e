package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * printf-style formatting as JDK 17 does it: the general conversions (%b %h %s and Formattable),
 * %c, %d %o %x of Byte/Short/Integer/Long and BigInteger, %e %f %g %a of Float/Double and %e %f %g
 * of BigDecimal, %n and %%, with argument indexes, flags, width and precision. The format string is
 * parsed whole first (FormatParser), so a malformed one prints nothing; a bad argument fails at its
 * specifier after the text before it is written. The locale (the formatter's, or the one given to
 * format; null: none) chooses the digits and separators of %d %e %f %g (NumberSymbols) and the
 * upper-casing of %S %C %B %H %X (null: the default format locale's). Not here: the date/time
 * conversions (%t and %T accept only null, printing "null"; any other argument is an
 * IllegalFormatConversionException).
 */
public final class Formatter implements Closeable, Flushable {
    /** The destination; null once closed. */
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    /** A formatter writing to a new StringBuilder, for the default format locale. */
    public Formatter() {
        this(new StringBuilder(), Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A formatter writing to {@code a}, or to a new StringBuilder if it is null. */
    public Formatter(Appendable a) {
        this(a, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A formatter writing to a new StringBuilder for locale {@code l} (null: no localization). */
    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    /** A formatter writing to {@code a} (null: a new StringBuilder) for locale {@code l}. */
    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        this.a = Objects.requireNonNull(ps);
        this.l = Locale.getDefault(Locale.Category.FORMAT);
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    /** The locale this formatter was made for, whether open or not. */
    Locale ownLocale() {
        return l;
    }

    /** The locale this formatter was made for (null: none). */
    public Locale locale() {
        ensureOpen();
        return l;
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
        return format(l, format, args);
    }

    /** format(format, args) with the digits, separators and upper-casing of locale {@code l}. */
    public Formatter format(Locale l, String format, Object... args) {
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
                part.print(this, a, argument < 0 || args == null ? null : args[argument], l);
            } catch (IOException e) {
                lastException = e;
            }
        }
        return this;
    }
}
