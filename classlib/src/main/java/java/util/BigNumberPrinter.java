package java.util;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * %d %o %x of BigInteger and %e %f %g of BigDecimal, as JDK 17's Formatter lays them out: a sign
 * (or parentheses) before the magnitude, never a two's complement; BigDecimal digits from the
 * unscaled value rounded half-up (%e to precision + 1 significant digits, %f at the precision's
 * scale), the JDK's exponent text (two digits at least, and for an unrounded integer of ten or more
 * digits its one-digit quirk "+9"), and %g rounding to the precision first, then choosing %f for
 * values from 10^-4 below 10^precision or an exact zero of scale 0.
 */
final class BigNumberPrinter {
    private BigNumberPrinter() {
    }

    static void printInteger(FormatSpec spec, Appendable out, BigInteger value) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean negative = value.signum() < 0;
        BigInteger v = value.abs();
        NumberText.leadingSign(spec, sb, negative);
        if (spec.c == 'd') {
            NumberText.magnitude(spec, sb, v.toString(), 0, NumberText.adjustWidth(spec, spec.width, negative));
        } else {
            boolean hex = spec.c == 'x';
            String digits = v.toString(hex ? 16 : 8);
            int len = digits.length() + sb.length();
            if (negative && spec.has(FormatFlags.PARENTHESES)) {
                len++;
            }
            if (spec.has(FormatFlags.ALTERNATE)) {
                len += hex ? 2 : 1;
                sb.append(hex ? (spec.has(FormatFlags.UPPERCASE) ? "0X" : "0x") : "0");
            }
            if (spec.has(FormatFlags.ZERO_PAD)) {
                NumberText.appendZeros(sb, spec.width - len);
            }
            sb.append(spec.has(FormatFlags.UPPERCASE) ? digits.toUpperCase() : digits);
        }
        NumberText.trailingSign(spec, sb, negative);
        spec.justify(out, sb);
    }

    static void printDecimal(FormatSpec spec, Appendable out, BigDecimal value) throws IOException {
        if (spec.c == 'a') {
            throw spec.conversionFailure(value);
        }
        StringBuilder sb = new StringBuilder();
        boolean negative = value.signum() < 0;
        BigDecimal v = value.abs();
        NumberText.leadingSign(spec, sb, negative);
        if (spec.c == 'e') {
            scientific(spec, sb, v, spec.precision == -1 ? 6 : spec.precision, negative);
        } else if (spec.c == 'f') {
            decimal(spec, sb, v, spec.precision == -1 ? 6 : spec.precision, negative);
        } else {
            general(spec, sb, v, negative);
        }
        NumberText.trailingSign(spec, sb, negative);
        spec.justify(out, sb);
    }

    private static void scientific(FormatSpec spec, StringBuilder sb, BigDecimal value, int precision,
            boolean negative) {
        int digits = value.precision();
        int zeros = 0;
        int kept;
        if (precision > digits - 1) {
            kept = digits;
            zeros = precision - (digits - 1);
        } else {
            kept = precision + 1;
        }
        BigDecimal v = new BigDecimal(value.unscaledValue(), value.scale(), new MathContext(kept));
        String coeff = v.unscaledValue().toString();
        StringBuilder mantissa = new StringBuilder();
        String exponent;
        mantissa.append(coeff.charAt(0));
        boolean dot = coeff.length() > 1;
        if (dot) {
            mantissa.append('.').append(coeff, 1, coeff.length());
        }
        if (v.scale() == 0) {
            int n = coeff.length();
            exponent = n > 1 && n >= 10 ? "+" + (n - 1) : "+0" + (n - 1);
        } else {
            long adjusted = -(long) v.scale() + (coeff.length() - 1);
            long abs = Math.abs(adjusted);
            exponent = adjusted == 0 ? "+00" : (adjusted < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
        }
        if ((digits == 1 || !dot) && (zeros > 0 || spec.has(FormatFlags.ALTERNATE))) {
            mantissa.append('.');
        }
        NumberText.appendZeros(mantissa, zeros);
        int width = spec.width;
        if (width != -1) {
            width = NumberText.adjustWidth(spec, width - exponent.length() - 1, negative);
        }
        NumberText.magnitude(spec, sb, mantissa, 0, width);
        sb.append(spec.has(FormatFlags.UPPERCASE) ? 'E' : 'e');
        NumberText.exponent(spec, sb, exponent);
    }

    private static void decimal(FormatSpec spec, StringBuilder sb, BigDecimal value, int precision, boolean negative) {
        int scale = value.scale();
        if (scale > precision) {
            int digits = value.precision();
            if (digits <= scale) {
                value = value.setScale(precision, RoundingMode.HALF_UP);
            } else {
                value = new BigDecimal(value.unscaledValue(), scale, new MathContext(digits - (scale - precision)));
            }
        }
        String coeff = value.unscaledValue().toString();
        StringBuilder mantissa = new StringBuilder();
        scale = value.scale();
        if (value.signum() == 0 && scale < 0) {
            scale = 0;
        }
        if (scale <= 0) {
            mantissa.append(coeff);
            NumberText.appendZeros(mantissa, -scale);
            scale = 0;
        } else if (scale >= coeff.length()) {
            mantissa.append("0.");
            NumberText.appendZeros(mantissa, scale - coeff.length());
            mantissa.append(coeff);
        } else {
            int point = coeff.length() - scale;
            mantissa.append(coeff, 0, point).append('.').append(coeff, point, coeff.length());
        }
        int zeros = scale < precision ? precision - scale : 0;
        if (scale == 0 && (spec.has(FormatFlags.ALTERNATE) || zeros > 0)) {
            mantissa.append('.');
        }
        NumberText.appendZeros(mantissa, zeros);
        NumberText.magnitude(spec, sb, mantissa, 0, NumberText.adjustWidth(spec, spec.width, negative));
    }

    private static void general(FormatSpec spec, StringBuilder sb, BigDecimal value, boolean negative) {
        int precision = spec.precision == -1 ? 6 : spec.precision == 0 ? 1 : spec.precision;
        value = value.round(new MathContext(precision));
        if (value.equals(BigDecimal.ZERO) || value.compareTo(BigDecimal.valueOf(1, 4)) >= 0
                && value.compareTo(BigDecimal.valueOf(1, -precision)) < 0) {
            int e = -value.scale() + (value.unscaledValue().toString().length() - 1);
            decimal(spec, sb, value, precision - e - 1, negative);
        } else {
            scientific(spec, sb, value, precision - 1, negative);
        }
    }
}
