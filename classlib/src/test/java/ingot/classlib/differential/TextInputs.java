package ingot.classlib.differential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Random inputs for the formatting and parsing sequences: format strings with random flags,
 * widths, precisions, indexes and conversions (sometimes malformed), their arguments (numbers of
 * every box type with extreme and half-way values, characters, strings, booleans, null, other
 * objects), and number strings for the parsers (valid decimal and hexadecimal forms, half-way
 * points between neighbouring doubles and floats, long digit strings, and mutated, malformed ones).
 */
final class TextInputs {
    private static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaAn%";
    private static final String FLAGS = "-#+ 0,(<";
    private static final double[] SPECIAL_DOUBLES = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.5, 1.5, 2.5, -2.5, 0.05,
        0.15, 0.25, 9.5, 99.95, 999999.5, 1e-5, 1e-4, 9.9999e-5, 0.00009999995, 123456789.0, 1e7, 1e16, 1e23, 0.1,
        1.0 / 3, 2.0 / 3, Math.PI, -Math.E, 4.35, 1.005, 0.125, 1e300, 1e-300};
    private static final String TEXT_POOL = "abcXYZ \u00df\u0130i\u00e9\u03a3%\t\u00ff\uD83D\uDE00";
    private static final String NUMBER_POOL = "0123456789.eE+-dDfFxXpPaANI \t";

    private TextInputs() {
    }

    /** A format string: fixed text around one to three specifiers, now and then a malformed one. */
    static String format(Random r) {
        StringBuilder f = new StringBuilder();
        int specifiers = 1 + r.nextInt(3);
        for (int k = 0; k < specifiers; k++) {
            if (r.nextInt(3) == 0) {
                f.append(r.nextBoolean() ? "ab" : "|");
            }
            specifier(r, f);
        }
        if (r.nextInt(4) == 0) {
            f.append("end");
        }
        return f.toString();
    }

    private static void specifier(Random r, StringBuilder f) {
        f.append('%');
        if (r.nextInt(8) == 0) {
            f.append(r.nextInt(40) == 0 ? "2147483648" : Integer.toString(r.nextInt(5))).append('$');
        }
        int flags = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < flags; i++) {
            f.append(FLAGS.charAt(r.nextInt(FLAGS.length())));
        }
        if (r.nextInt(3) == 0) {
            f.append(r.nextInt(60) == 0 ? "99999999999" : Integer.toString(r.nextInt(25)));
        }
        if (r.nextInt(3) == 0) {
            f.append('.').append(r.nextInt(60) == 0 ? "99999999999" : Integer.toString(r.nextInt(r.nextBoolean() ? 20 : 4)));
        }
        if (r.nextInt(60) == 0) {
            f.append(r.nextBoolean() ? 't' : 'T');
        }
        int pick = r.nextInt(50);
        if (pick == 0) {
            f.append((char) ('a' + r.nextInt(26)));
        } else if (pick == 1) {
            f.append("\u00e9.$".charAt(r.nextInt(3)));
        } else if (pick != 2) {
            f.append(CONVERSIONS.charAt(r.nextInt(CONVERSIONS.length())));
        }
    }

    /**
     * Arguments for a format string. Longs are left out when the string may hold a date/time
     * conversion ('t' or 'T'), which the library does not format.
     */
    static Object[] arguments(Random r, String format) {
        boolean dates = format.indexOf('t') >= 0 || format.indexOf('T') >= 0;
        Object[] args = new Object[r.nextInt(5)];
        for (int i = 0; i < args.length; i++) {
            Object a = argument(r);
            args[i] = dates && a instanceof Long ? "L" + a : a;
        }
        return args;
    }

    static Object argument(Random r) {
        switch (r.nextInt(16)) {
            case 0:
                return r.nextInt();
            case 1:
                return r.nextLong() >> r.nextInt(64);
            case 2:
                return (short) r.nextInt();
            case 3:
                return (byte) r.nextInt();
            case 4:
                return Double.longBitsToDouble(r.nextLong());
            case 5:
                return (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(12));
            case 6:
                return Float.intBitsToFloat(r.nextInt());
            case 7:
                return r.nextInt(4) == 0 ? (char) (0xd800 + r.nextInt(0x800)) : (char) r.nextInt(0x3000);
            case 8:
                return r.nextBoolean();
            case 9:
                return null;
            case 10:
                return text(r);
            case 11:
                return SPECIAL_DOUBLES[r.nextInt(SPECIAL_DOUBLES.length)];
            case 12:
                return (r.nextInt(2000) + 0.5) * Math.pow(10, r.nextInt(30) - 15);
            case 13:
                return r.nextInt(4) == 0 ? r.nextInt(0x120000) - 10 : r.nextInt(200) - 100;
            case 14:
                return (float) ((r.nextInt(20000) - 10000) / 100.0);
            default:
                return r.nextBoolean() ? List.of(1, 2) : Element.values()[r.nextInt(Element.values().length)];
        }
    }

    static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(8); k > 0; k--) {
            sb.append(TEXT_POOL.charAt(r.nextInt(TEXT_POOL.length())));
        }
        return sb.toString();
    }

    /** A string for Double.parseDouble and Float.parseFloat: mostly numbers, some malformed. */
    static String number(Random r) {
        String s;
        switch (r.nextInt(10)) {
            case 0:
                s = Double.toString(Double.longBitsToDouble(r.nextLong()));
                break;
            case 1:
                s = Float.toString(Float.intBitsToFloat(r.nextInt()));
                break;
            case 2:
                s = halfway(r);
                break;
            case 3:
                s = hex(r);
                break;
            case 4:
                s = (r.nextInt(2_000_000) - 1_000_000) + (r.nextBoolean() ? "." + r.nextInt(100_000) : "") + "e"
                        + (r.nextInt(800) - 400);
                break;
            case 5:
                s = longDigits(r);
                break;
            case 6:
                s = junk(r);
                break;
            case 7:
                s = new String[] {"NaN", "-NaN", "+Infinity", "-Infinity", "Infinity", "infinity", "nan", "0x", "1e",
                    "1e+", ".", "+.", "-.e5", "0.", ".5", "1.5.5", "1e2147483648", "1e-99999999999999", "0e99999",
                    "0x1p2147483648", "0x0p99999999999", "1_0", "  ", "", "1f", "1.5D", "1.5fd", "0x1.8p3F",
                    "\u0661", "1 2", "--1"}[r.nextInt(31)];
                break;
            default:
                s = mutate(r, Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20)));
        }
        if (r.nextInt(8) == 0) {
            s = (r.nextBoolean() ? " \t" : "") + s + (r.nextBoolean() ? "\n " : "");
        }
        if (r.nextInt(10) == 0) {
            s = s + "fFdD".charAt(r.nextInt(4));
        }
        if (r.nextInt(12) == 0) {
            s = (r.nextBoolean() ? "-" : "+") + s;
        }
        return s;
    }

    /** The exact midpoint between a double (or float) and its neighbour above, or a hair off it. */
    static String halfway(Random r) {
        BigDecimal mid;
        if (r.nextBoolean()) {
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (!(d < Double.MAX_VALUE)) {
                d = 1.0;
            }
            mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
        } else {
            float f = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (!(f < Float.MAX_VALUE)) {
                f = 1.0f;
            }
            mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
        }
        switch (r.nextInt(4)) {
            case 0:
                return mid.toString();
            case 1:
                return mid.toPlainString() + "0000000000000000000001";
            case 2:
                return mid.subtract(mid.ulp()).toString();
            default:
                return mid.round(new java.math.MathContext(Math.max(1, mid.precision() - 1 - r.nextInt(5)))).toString();
        }
    }

    /** A hexadecimal significand with a binary exponent, sometimes with more bits than fit. */
    static String hex(Random r) {
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "0x" : "0X");
        sb.append(Long.toHexString(r.nextLong() >>> r.nextInt(64)));
        if (r.nextBoolean()) {
            sb.append('.').append(Long.toHexString(r.nextLong() >>> r.nextInt(64)));
        }
        sb.append(r.nextBoolean() ? 'p' : 'P').append(r.nextInt(2400) - 1200);
        return r.nextInt(6) == 0 ? mutate(r, sb.toString()) : sb.toString();
    }

    private static String longDigits(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 20 + r.nextInt(r.nextInt(10) == 0 ? 1200 : 60);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextBoolean()) {
            sb.insert(r.nextInt(sb.length()), '.');
        }
        return sb.append('e').append(r.nextInt(700) - 350 - n / 2).toString();
    }

    private static String junk(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(10); k > 0; k--) {
            sb.append(NUMBER_POOL.charAt(r.nextInt(r.nextBoolean() ? 12 : NUMBER_POOL.length())));
        }
        return sb.toString();
    }

    /** s with one to three random characters inserted, removed or replaced. */
    private static String mutate(Random r, String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            char c = NUMBER_POOL.charAt(r.nextInt(NUMBER_POOL.length()));
            switch (r.nextInt(3)) {
                case 0:
                    sb.insert(at, c);
                    break;
                case 1:
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                    break;
                default:
                    if (sb.length() > 0) {
                        sb.setCharAt(at, c);
                    }
            }
        }
        return sb.toString();
    }
}
