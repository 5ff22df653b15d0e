package java.util;

import java.io.IOException;

/**
 * %d, %o and %x of Byte, Short, Integer and Long (null prints "null"): decimal with sign, grouping
 * and zero padding; octal and hexadecimal of the two's complement of negative values in the
 * argument's own width, with '#' prefixes ("0", "0x") and zero padding. BigInteger arguments go to
 * BigNumberPrinter.
 */
final class IntegerPrinter {
    private IntegerPrinter() {
    }

    static void print(FormatSpec spec, Appendable out, Object arg) throws IOException {
        if (arg == null) {
            spec.printText(out, "null");
            return;
        }
        long value;
        int bits;
        if (arg instanceof Byte) {
            value = ((Byte) arg).byteValue();
            bits = 8;
        } else if (arg instanceof Short) {
            value = ((Short) arg).shortValue();
            bits = 16;
        } else if (arg instanceof Integer) {
            value = ((Integer) arg).intValue();
            bits = 32;
        } else if (arg instanceof Long) {
            value = ((Long) arg).longValue();
            bits = 64;
        } else if (arg instanceof java.math.BigInteger) {
            BigNumberPrinter.printInteger(spec, out, (java.math.BigInteger) arg);
            return;
        } else {
            throw spec.conversionFailure(arg);
        }
        if (value < 0 && spec.c != 'd' && bits < 64) {
            value += 1L << bits;
        }
        StringBuilder sb = new StringBuilder();
        if (spec.c == 'd') {
            boolean negative = value < 0;
            NumberText.leadingSign(spec, sb, negative);
            NumberText.magnitude(spec, sb, Long.toString(value), negative ? 1 : 0,
                    NumberText.adjustWidth(spec, spec.width, negative));
            NumberText.trailingSign(spec, sb, negative);
        } else {
            radix(spec, sb, value);
        }
        spec.justify(out, sb);
    }

    /** Octal or hexadecimal digits with the '#' prefix, zero-padded after it. */
    private static void radix(FormatSpec spec, StringBuilder sb, long value) {
        // '(', ' ' and '+' (checked in this order) do not apply to unsigned digits
        spec.checkBadFlags(FormatFlags.PARENTHESES, FormatFlags.LEADING_SPACE, FormatFlags.PLUS);
        boolean hex = spec.c == 'x';
        String digits = hex ? Long.toHexString(value) : Long.toOctalString(value);
        int len = digits.length();
        if (spec.has(FormatFlags.ALTERNATE)) {
            sb.append(hex ? (spec.has(FormatFlags.UPPERCASE) ? "0X" : "0x") : "0");
            len += hex ? 2 : 1;
        }
        if (spec.has(FormatFlags.ZERO_PAD)) {
            NumberText.appendZeros(sb, spec.width - len);
        }
        sb.append(spec.has(FormatFlags.UPPERCASE) ? digits.toUpperCase() : digits);
    }
}
