package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.classlib.differential.Remapping;
import java.io.Flushable;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our java.util.Formatter (renamed) on chosen format strings against the JDK's: each conversion
 * with its flags, widths and precisions, the rounding of the digits, every exception with its
 * message, what is written before an exception, and the formatter's life cycle (destination,
 * flush, close, IOException of the destination).
 */
class FormatterTest {
    private static final Remapping REMAPPING = Remapping.collections(Remapping.locateLibrary());
    private static final Class<?> OURS = REMAPPING.load(Remapping.DOTTED_PREFIX + "java.util.Formatter");

    /** The text written and the exception thrown by our formatter writing to {@code out}. */
    private static String ours(Appendable out, String format, Object... args) {
        try {
            Constructor<?> c = OURS.getConstructor(Appendable.class);
            Object f = c.newInstance(out);
            OURS.getMethod("format", String.class, Object[].class).invoke(f, format, args);
            return "[" + out + "]";
        } catch (InvocationTargetException e) {
            return "[" + out + "] " + describe(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jdk(Appendable out, String format, Object... args) {
        try {
            new java.util.Formatter(out).format(format, args);
            return "[" + out + "]";
        } catch (RuntimeException e) {
            return "[" + out + "] " + describe(e);
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getName().replace(Remapping.DOTTED_PREFIX, "") + ": " + t.getMessage();
    }

    private final List<String> mismatches = new ArrayList<>();

    private void same(String format, Object... args) {
        String j = jdk(new StringBuilder(), format, args);
        String o = ours(new StringBuilder(), format, args);
        if (!j.equals(o)) {
            mismatches.add(LangStatics.escape(format + " " + java.util.Arrays.deepToString(args) + ": JDK " + j
                    + ", ours " + o));
        }
    }

    @Test
    void conversionsFlagsAndWidthsAreTheJdks() {
        Object[] values = {0, -1, 42, Integer.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1, (short) -300,
            (byte) 65, 'x', '\u00df', 0x1F600, -5, 0x110000, 0.0, -0.0, 0.5, 1.5, 2.5, 0.15, 1.005, 0.125, 99.95,
            9.9999e-5, 0.00009999995, 1234567.891, -1234.5, 1e300, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1f, -3.4e38f, Float.MIN_VALUE, true,
            false, null, "straße", "", List.of(1, 2)};
        String[] specs = {"%b", "%B", "%h", "%H", "%s", "%S", "%c", "%C", "%d", "%o", "%x", "%X", "%e", "%E", "%f",
            "%g", "%G", "%a", "%A", "%10.3s", "%-8s|", "%,d", "%(d", "%+d", "% d", "%010d", "%-10d|", "%(,012d",
            "%#o", "%#x", "%#X", "%08x", "%#010x", "%.0f", "%.1f", "%.2f", "%.20f", "%.3e", "%.0e", "%#.0e", "%#.0f",
            "%,.2f", "%+,015.3f", "%(.4f", "% .3e", "%012.4e", "%.0g", "%.1g", "%.3g", "%.17g", "%,g", "%15g",
            "%.0a", "%.1a", "%.3a", "%.13a", "%.20A", "%015a", "%+012.2a", "%5c|", "%-5c|", "%-5b|", "%.2b"};
        for (String spec : specs) {
            for (Object v : values) {
                same(spec, v);
            }
        }
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }

    @Test
    void indexesTextAndBadSpecifiersAreTheJdks() {
        String[] formats = {"%-", "%", "%q", "%5", "%.5", "abc%", "%-d", "%#d", "%+x", "%0d", "%-05d", "%.2d",
            "%.2c", "%,x", "%(x", "% x", "%+ d", "%--d", "%2$s", "%s %s", "%<s", "%0$s", "%s %<s %s", "%3$s %s %s",
            "%n %%", "%5%", "%-5%|", "%.2%", "%05%", "%#s", "%-s", "%t", "%tq", "%ty", "%-tY", "%2147483648$s",
            "%99999999999s", "%.99999999999s", "%,e", "%#g", "%-08d", "%0-8d", "%+s", "%-0X", "%+ X", "%1$-d",
            "%-1$d", "%1$<s", "%(+x", "%+(x", "%5n", "%-n", "%.3n", "%#n", "%1$s %1$s %2$s", "%2$s %s %<s %s",
            "ab%dcd%s", "%s%n%s", "%(,a", "%,(a", "%é", "%1$5$s", "%#b", "%#h", "%0s", "%,c"};
        for (String f : formats) {
            same(f, "x", 7);
            same(f, 5);
            same(f);
            same(f, (Object[]) null);
        }
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
        assertEquals("[ab] java.util.IllegalFormatConversionException: d != java.lang.String",
                ours(new StringBuilder(), "ab%dcd", "x"));
    }

    @Test
    void digitsAreRoundedHalfUpAsTheJdkDoes() {
        // the JDK rounds the digits of Double.toString's algorithm, not the binary value
        assertEquals("[0.2]", ours(new StringBuilder(), "%.1f", 0.15));
        assertEquals("[1.01]", ours(new StringBuilder(), "%.2f", 1.005));
        assertEquals("[0.10000000000000000000]", ours(new StringBuilder(), "%.20f", 0.1));
        assertEquals("[3]", ours(new StringBuilder(), "%.0f", 2.5));
        assertEquals("[(1,234.50)]", ours(new StringBuilder(), "%(,.2f", -1234.5));
        assertEquals("[1.23457e+06 0.000100000]", ours(new StringBuilder(), "%g %g", 1234567.0, 0.00009999995));
    }

    /** An Appendable that fails every other append and counts flushes. */
    static final class Flaky implements Appendable, Flushable {
        final StringBuilder text = new StringBuilder();
        int appends;
        int flushes;

        @Override
        public Appendable append(CharSequence csq) throws IOException {
            if (appends++ % 2 == 1) {
                throw new IOException("flaky " + appends);
            }
            text.append(csq);
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) throws IOException {
            return append(String.valueOf(c));
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    @Test
    void lifeCycleIsTheJdks() throws Exception {
        for (boolean ourSide : new boolean[] {false, true}) {
            Flaky out = new Flaky();
            Object f = ourSide ? OURS.getConstructor(Appendable.class).newInstance(out) : new java.util.Formatter(out);
            Class<?> type = f.getClass();
            type.getMethod("format", String.class, Object[].class).invoke(f, "a%sb%sc", new Object[] {1, 2});
            Object io = type.getMethod("ioException").invoke(f);
            assertEquals("flaky 4", ((IOException) io).getMessage(), "side " + ourSide);
            assertEquals("abc", out.toString(), "side " + ourSide);
            type.getMethod("flush").invoke(f);
            assertEquals(1, out.flushes);
            assertEquals(out, type.getMethod("out").invoke(f));
            type.getMethod("close").invoke(f);
            type.getMethod("close").invoke(f);
            for (String m : new String[] {"toString", "out", "flush"}) {
                InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
                        InvocationTargetException.class, () -> type.getMethod(m).invoke(f));
                assertEquals("java.util.FormatterClosedException",
                        e.getCause().getClass().getName().replace(Remapping.DOTTED_PREFIX, ""));
            }
            assertTrue(type.getMethod("ioException").invoke(f) instanceof IOException);
        }
    }
}
