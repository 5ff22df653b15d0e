package java.util;

import java.io.IOException;

/**
 * %e, %f, %g and %a of Float (widened to double) and Double; null prints "null". NaN and the
 * infinities print as words (upper case for %E...), never zero-padded. The digits come from
 * FloatDigits; %a rounds the binary significand to the precision (4 bits per hex digit), ties to
 * even, as the JDK does. BigDecimal arguments go to BigNumberPrinter.
 */
final class FloatPrinter {
    private FloatPrinter() {
    }

    static void print(FormatSpec spec, Appendable out, Object arg) throws IOException {
        double value;
        if (arg == null) {
            spec.printText(out, "null");
            return;
        } else if (arg instanceof Float) {
            value = ((Float) arg).floatValue();
        } else if (arg instanceof Double) {
            value = ((Double) arg).doubleValue();
        } else if (arg instanceof java.math.BigDecimal) {
            BigNumberPrinter.printDecimal(spec, out, (java.math.BigDecimal) arg);
            return;
        } else {
            throw spec.conversionFailure(arg);
        }
        boolean upper = spec.has(FormatFlags.UPPERCASE);
        StringBuilder sb = new StringBuilder();
        if (value != value) {
            sb.append(upper ? "NAN" : "NaN");
        } else {
            boolean negative = Double.compare(value, 0.0) < 0;
            double v = Math.abs(value);
            NumberText.leadingSign(spec, sb, negative);
            if (v == Double.POSITIVE_INFINITY) {
                sb.append(upper ? "INFINITY" : "Infinity");
            } else {
                finite(spec, sb, v, negative);
            }
            NumberText.trailingSign(spec, sb, negative);
        }
        spec.justify(out, sb);
    }

    private static void finite(FormatSpec spec, StringBuilder sb, double v, boolean negative) {
        switch (spec.c) {
            case 'e':
                scientific(spec, sb, v, negative);
                break;
            case 'f':
                decimal(spec, sb, v, negative);
                break;
            case 'g':
                general(spec, sb, v, negative);
                break;
            default:
                hexadecimal(spec, sb, v, negative);
        }
    }

    private static void scientific(FormatSpec spec, StringBuilder sb, double v, boolean negative) {
        int precision = spec.precision == -1 ? 6 : spec.precision;
        FloatDigits d = new FloatDigits(v);
        d.round(precision + 1);
        StringBuilder mantissa = new StringBuilder();
        d.appendScientific(mantissa, precision);
        String exponent = v == 0.0 ? "+00" : d.exponentText();
        finishMantissa(spec, sb, mantissa, precision, negative, exponent);
    }

    private static void decimal(FormatSpec spec, StringBuilder sb, double v, boolean negative) {
        int precision = spec.precision == -1 ? 6 : spec.precision;
        FloatDigits d = new FloatDigits(v);
        d.round(d.scientificExponent() + 1 + precision);
        StringBuilder mantissa = new StringBuilder();
        d.appendPlain(mantissa, precision);
        finishMantissa(spec, sb, mantissa, precision, negative, null);
    }

    /**
     * Scientific form when the value rounded to the precision (significant digits) is below 10^-4
     * or at least 10^precision, else plain form with the same number of significant digits.
     */
    private static void general(FormatSpec spec, StringBuilder sb, double v, boolean negative) {
        int precision = spec.precision == -1 ? 6 : spec.precision == 0 ? 1 : spec.precision;
        StringBuilder mantissa = new StringBuilder();
        String exponent = null;
        int fractionDigits;
        if (v == 0.0) {
            mantissa.append('0');
            fractionDigits = precision - 1;
        } else {
            FloatDigits d = new FloatDigits(v);
            int e = d.round(precision) - 1;
            if (e < -4 || e >= precision) {
                fractionDigits = precision - 1;
                d.appendScientific(mantissa, fractionDigits);
                exponent = d.exponentText();
            } else {
                fractionDigits = precision - e - 1;
                d.appendPlain(mantissa, fractionDigits);
            }
        }
        finishMantissa(spec, sb, mantissa, fractionDigits, negative, exponent);
    }

    /** Pads the mantissa to its fraction digits, lays it out to the width, appends the exponent. */
    private static void finishMantissa(FormatSpec spec, StringBuilder sb, StringBuilder mantissa, int fractionDigits,
            boolean negative, String exponent) {
        addZeros(mantissa, fractionDigits);
        if (spec.has(FormatFlags.ALTERNATE) && fractionDigits == 0) {
            mantissa.append('.');
        }
        int width = spec.width;
        if (width != -1) {
            width = NumberText.adjustWidth(spec, exponent == null ? width : width - exponent.length() - 1, negative);
        }
        NumberText.magnitude(spec, sb, mantissa, 0, width);
        if (exponent != null) {
            sb.append(spec.has(FormatFlags.UPPERCASE) ? 'E' : 'e');
            NumberText.exponent(spec, sb, exponent);
        }
    }

    /** Appends zeros (and the point if missing) until there are {@code precision} fraction digits. */
    private static void addZeros(StringBuilder sb, int precision) {
        int dot = sb.indexOf(".");
        int present = dot < 0 ? 0 : sb.length() - dot - 1;
        if (present >= precision) {
            return;
        }
        if (dot < 0) {
            sb.append('.');
        }
        NumberText.appendZeros(sb, precision - present);
    }

    private static void hexadecimal(FormatSpec spec, StringBuilder sb, double v, boolean negative) {
        int precision = spec.precision == -1 ? 0 : spec.precision == 0 ? 1 : spec.precision;
        String s = hexDouble(v, precision);
        boolean upper = spec.has(FormatFlags.UPPERCASE);
        sb.append(upper ? "0X" : "0x");
        if (spec.has(FormatFlags.ZERO_PAD)) {
            int leading = spec.has(FormatFlags.LEADING_SPACE) || spec.has(FormatFlags.PLUS) || negative ? 3 : 2;
            NumberText.appendZeros(sb, spec.width - s.length() - leading);
        }
        int p = s.indexOf('p');
        StringBuilder significand = new StringBuilder(upper ? s.substring(0, p).toUpperCase() : s.substring(0, p));
        if (precision != 0) {
            addZeros(significand, precision);
        }
        sb.append(significand).append(upper ? 'P' : 'p').append(s, p + 1, s.length());
    }

    /**
     * Double.toHexString of v without "0x", its significand first rounded to {@code precision} hex
     * digits (1 to 12; 0 or 13 and more: not rounded); subnormals as normalized digits with a lower
     * exponent.
     */
    private static String hexDouble(double v, int precision) {
        if (v == 0.0 || precision == 0 || precision >= 13) {
            return Double.toHexString(v).substring(2);
        }
        boolean subnormal = Math.getExponent(v) == Double.MIN_EXPONENT - 1;
        if (subnormal) {
            v *= 0x1p54;
        }
        int shift = 53 - (1 + precision * 4);
        long bits = Double.doubleToLongBits(v);
        long kept = bits >> shift;
        long dropped = bits & ~(~0L << shift);
        boolean odd = (kept & 1) != 0;
        boolean half = (dropped & (1L << (shift - 1))) != 0;
        boolean below = (dropped & ~(1L << (shift - 1))) != 0;
        if (half && (odd || below)) {
            kept++;
        }
        double rounded = Double.longBitsToDouble(kept << shift);
        if (rounded == Double.POSITIVE_INFINITY) {
            return "1.0p1024";
        }
        String s = Double.toHexString(rounded).substring(2);
        if (!subnormal) {
            return s;
        }
        int p = s.indexOf('p');
        return s.substring(0, p) + "p" + (Integer.parseInt(s.substring(p + 1)) - 54);
    }
}
