package java.util;

import jdk.internal.math.DoubleToString;

/**
 * The decimal digits of a finite non-negative double as JDK 17's Formatter lays them out: the
 * digits of Double.toString generated without its one-digit stop (DoubleToString.formatterDigits),
 * value 0.d1d2...dn * 10^exponent, rounded half-up at a digit position (so 0.15 gives "0.2": the
 * digits, not the binary value, are rounded), then written in plain or scientific form without
 * trailing zeros beyond the digits; the caller pads to the precision.
 */
final class FloatDigits {
    private final char[] digits = new char[20];
    private final int count;
    /** The decimal exponent after rounding. */
    private int exponent;

    FloatDigits(double value) {
        DoubleToString d = DoubleToString.formatterDigits(value);
        d.copyDigits(digits);
        count = d.digitCount();
        exponent = d.decimalExponent();
    }

    /** The exponent of the first digit in scientific form (d.ddd * 10^this) after rounding. */
    int scientificExponent() {
        return exponent - 1;
    }

    /**
     * Keeps {@code keep} digits, rounding half-up on the next (none kept: the value becomes 0 or,
     * from a first digit of 5 up, 1 at the next power of ten); returns the exponent after rounding.
     */
    int round(int keep) {
        if (keep >= count || keep < 0) {
            return exponent;
        }
        if (keep == 0) {
            boolean up = digits[0] >= '5';
            fill(0, up ? '1' : '0');
            if (up) {
                exponent++;
            }
            return exponent;
        }
        if (digits[keep] >= '5') {
            int i = keep - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                fill(0, '1');
                exponent++;
                return exponent;
            }
            digits[i]++;
            fill(i + 1, '0');
        } else {
            fill(keep, '0');
        }
        return exponent;
    }

    /** digits[from] = first, the rest up to count '0'. */
    private void fill(int from, char first) {
        if (from < count) {
            digits[from] = first;
        }
        for (int i = from + 1; i < count; i++) {
            digits[i] = '0';
        }
    }

    /** Plain form with at most {@code precision} fraction digits (none written beyond the digits). */
    void appendPlain(StringBuilder sb, int precision) {
        if (exponent > 0) {
            if (count < exponent) {
                sb.append(digits, 0, count);
                NumberText.appendZeros(sb, exponent - count);
            } else {
                sb.append(digits, 0, exponent);
                int t = Math.min(count - exponent, precision);
                if (t > 0) {
                    sb.append('.').append(digits, exponent, t);
                }
            }
            return;
        }
        int zeros = Math.max(0, Math.min(-exponent, precision));
        int t = Math.max(0, Math.min(count, precision + exponent));
        if (zeros > 0 || t > 0) {
            sb.append("0.");
            NumberText.appendZeros(sb, zeros);
            sb.append(digits, 0, t);
        } else {
            sb.append('0');
        }
    }

    /** d.ddd with at most {@code precision} fraction digits. */
    void appendScientific(StringBuilder sb, int precision) {
        sb.append(digits[0]);
        int t = Math.max(0, Math.min(count - 1, precision));
        if (t > 0) {
            sb.append('.').append(digits, 1, t);
        }
    }

    /** The exponent of scientific form: its sign and at least two digits ("+05", "-123"). */
    String exponentText() {
        int e = exponent - 1;
        StringBuilder sb = new StringBuilder(4).append(e < 0 ? '-' : '+');
        e = Math.abs(e);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }
}
