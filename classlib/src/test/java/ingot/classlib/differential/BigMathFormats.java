package ingot.classlib.differential;

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

    private final TextRunner text;

    BigMathFormats(TextRunner text) {
        this.text = text;
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
        String[] outcomes = text.formatBoth(fs, jdkArgs, ourArgs);
        return new String[] {"format(\"" + fs + "\", " + shown + ")", outcomes[0], outcomes[1]};
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

}
