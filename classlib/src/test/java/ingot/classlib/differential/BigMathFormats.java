package ingot.classlib.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Random;

/**
 * The "BigMath format" sequences: format strings of one to three specifiers (%d %o %x %X with
 * BigInteger arguments, %e %E %f %g %G with BigDecimal ones, %s, %a and now and then a mismatched
 * argument; random flags, widths and precisions) run through the JDK's Formatter and our renamed
 * one, each side with its own BigInteger and BigDecimal objects; compares the text written (also
 * before an exception) and the exception.
 */
final class BigMathFormats {
    private static final String FLAGS = "-#+ 0,(";
    private static final String INTEGER_CONVERSIONS = "doxXs";
    private static final String DECIMAL_CONVERSIONS = "eEfgGsa";

    private final Constructor<?> formatter;
    private final Method format;

    BigMathFormats(Sides sides, BigMathRunner runner) {
        try {
            Class<?> f = sides.remapping.load(Remapping.DOTTED_PREFIX + "java.util.Formatter");
            formatter = f.getConstructor(Appendable.class);
            format = f.getMethod("format", String.class, Object[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {description, JDK text, our text} of one format call. */
    String[] step(BigMathRunner.Sequence s) {
        Random r = s.r;
        int count = 1 + r.nextInt(3);
        StringBuilder f = new StringBuilder();
        Object[] jdkArgs = new Object[count];
        Object[] ourArgs = new Object[count];
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (r.nextInt(3) == 0) {
                f.append("|");
            }
            boolean decimal = r.nextBoolean();
            boolean mismatched = r.nextInt(15) == 0;
            Object[] arg = decimal != mismatched ? s.decimal() : s.integer();
            if (r.nextInt(40) == 0) {
                arg = new Object[] {null, null};
            }
            jdkArgs[i] = arg[0];
            ourArgs[i] = arg[1];
            shown.append(i == 0 ? "" : ", ").append(arg[0]);
            specifier(r, f, decimal ? DECIMAL_CONVERSIONS : INTEGER_CONVERSIONS);
        }
        String fs = f.toString();
        return new String[] {"format(\"" + fs + "\", " + shown + ")", jdkFormat(fs, jdkArgs), ourFormat(fs, ourArgs)};
    }

    private static void specifier(Random r, StringBuilder f, String conversions) {
        f.append('%');
        int flags = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3);
        for (int k = 0; k < flags; k++) {
            f.append(FLAGS.charAt(r.nextInt(FLAGS.length())));
        }
        if (r.nextInt(3) != 0) {
            f.append(r.nextInt(40));
        }
        if (r.nextInt(2) == 0) {
            f.append('.').append(r.nextInt(r.nextBoolean() ? 25 : 5));
        }
        f.append(conversions.charAt(r.nextInt(conversions.length())));
    }

    private static String jdkFormat(String f, Object[] args) {
        StringBuilder out = new StringBuilder();
        try {
            new java.util.Formatter(out).format(f, args);
            return "[" + out + "]";
        } catch (RuntimeException e) {
            return "[" + out + "] " + Describer.thrown(e);
        }
    }

    private String ourFormat(String f, Object[] args) {
        StringBuilder out = new StringBuilder();
        try {
            format.invoke(formatter.newInstance(out), f, args);
            return "[" + out + "]";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "[" + out + "] " + Describer.thrown(Outcome.threw(e).thrown);
        }
    }
}
