package java.math;

/**
 * Magnitudes to and from digit strings in radix 2 to 36. Digits go in groups of
 * {@link #groupDigits} (the most that fit an int: 9 in radix 10), the group base being
 * radix^groupDigits. Short numbers convert a group at a time (divide or multiply by the group
 * base); long ones split in two around a power (group base)^(2^k), recursively, so the cost
 * follows the division's and multiplication's. Parsing checks the text as JDK 17 does: the sign
 * rules first, leading zeros skipped, then each group parsed by Integer.parseInt from the left, so
 * a bad digit fails with that method's message for its group ("For input string: \"45678901x\"").
 */
final class RadixConversion {
    /** Numbers of at least this many words print by splitting. */
    private static final int SPLIT_PRINT_WORDS = 30;
    /** Strings of at least this many groups parse by splitting. */
    private static final int SPLIT_PARSE_GROUPS = 60;
    /** powers[radix][k] = (group base)^(2^k), filled on first use. */
    private static final int[][][] POWERS = new int[37][][];

    private RadixConversion() {
    }

    /** How many digits of the radix make a group (the most whose value always fits an int). */
    static int groupDigits(int radix) {
        int digits = 0;
        long v = 1;
        while (v * radix <= Integer.MAX_VALUE) {
            v *= radix;
            digits++;
        }
        return digits;
    }

    /** radix^groupDigits(radix). */
    static int groupBase(int radix) {
        int b = 1;
        for (int i = groupDigits(radix); i > 0; i--) {
            b *= radix;
        }
        return b;
    }

    /** (group base)^(2^k). */
    private static int[] power(int radix, int k) {
        int[][] table = POWERS[radix];
        if (table == null || table.length <= k || table[k] == null) {
            int[][] grown = new int[Math.max(k + 1, 8)][];
            if (table != null) {
                System.arraycopy(table, 0, grown, 0, Math.min(table.length, grown.length));
            }
            for (int i = 0; i <= k; i++) {
                if (grown[i] == null) {
                    grown[i] = i == 0 ? new int[] {groupBase(radix)} : Multiplication.square(grown[i - 1]);
                }
            }
            POWERS[radix] = grown;
            table = grown;
        }
        return table[k];
    }

    // ---- printing ----

    /** The digits of a non-zero magnitude (lower-case letters, no sign). */
    static void append(StringBuilder sb, int[] mag, int radix) {
        appendPadded(sb, mag, radix, 0);
    }

    /** The digits of mag, with leading zeros up to pad digits. */
    private static void appendPadded(StringBuilder sb, int[] mag, int radix, int pad) {
        if (mag.length < SPLIT_PRINT_WORDS) {
            appendGroups(sb, mag, radix, pad);
            return;
        }
        int k = 0;
        while (2 * power(radix, k + 1).length <= mag.length + 1) {
            k++;
        }
        int lowDigits = groupDigits(radix) << k;
        int[][] qr = Division.divide(mag, power(radix, k));
        appendPadded(sb, qr[0], radix, pad - lowDigits);
        appendPadded(sb, qr[1], radix, lowDigits);
    }

    /** Group by group: divide by the group base, least significant group first. */
    private static void appendGroups(StringBuilder sb, int[] mag, int radix, int pad) {
        int groupDigits = groupDigits(radix);
        int base = groupBase(radix);
        int[] groups = new int[mag.length * 32 / groupDigits + 2];
        int count = 0;
        int[] rest = mag.clone();
        int len = rest.length;
        while (len > 0) {
            groups[count++] = radix == 10 ? divideByBillion(rest, len) : Division.divideByWord(rest, len, base, rest);
            len = Magnitude.exactLength(rest, len);
        }
        char[] digits = new char[groupDigits];
        int top = count == 0 ? 0 : digitsOf(groups[count - 1], radix, digits);
        int total = top + (count == 0 ? 0 : (count - 1) * groupDigits);
        for (int i = total; i < pad; i++) {
            sb.append('0');
        }
        if (count == 0) {
            return;
        }
        sb.append(digits, groupDigits - top, top);
        for (int g = count - 2; g >= 0; g--) {
            digitsOf(groups[g], radix, digits);
            sb.append(digits, 0, groupDigits);
        }
    }

    /** a[0, len) /= 10^9 in place (a constant divisor the compiler turns into a multiplication); the remainder. */
    private static int divideByBillion(int[] a, int len) {
        long r = 0;
        for (int i = len - 1; i >= 0; i--) {
            long n = r << 32 | (a[i] & Magnitude.MASK);
            long q = n / 1_000_000_000L;
            a[i] = (int) q;
            r = n - q * 1_000_000_000L;
        }
        return (int) r;
    }

    /** Writes v's digits right-aligned in out, zero-filled; returns the significant digit count. */
    private static int digitsOf(int v, int radix, char[] out) {
        if (radix == 10) {
            return decimalDigitsOf(v, out);
        }
        int n = 0;
        for (int i = out.length - 1; i >= 0; i--) {
            int d = v % radix;
            v /= radix;
            out[i] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
            if (d != 0) {
                n = out.length - i;
            }
        }
        return n;
    }

    /** digitsOf for radix 10, dividing by the constant 10. */
    private static int decimalDigitsOf(int v, char[] out) {
        int n = 0;
        for (int i = out.length - 1; i >= 0; i--) {
            int q = v / 10;
            int d = v - q * 10;
            v = q;
            out[i] = (char) ('0' + d);
            if (d != 0) {
                n = out.length - i;
            }
        }
        return n;
    }

    // ---- parsing ----

    /**
     * The magnitude of a BigInteger string (its sign is left to the caller: a '-' at index 0 of a
     * string this accepted). Radix checked by the caller.
     */
    static int[] parse(String val, int radix) {
        int len = val.length();
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int cursor = signLength(val);
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            return Magnitude.ZERO;
        }
        int numDigits = len - cursor;
        if (numDigits * (Math.log(radix) / Math.log(2)) >= Integer.MAX_VALUE) {
            throw new ArithmeticException("BigInteger would overflow supported range");
        }
        int groupDigits = groupDigits(radix);
        int first = numDigits % groupDigits;
        if (first == 0) {
            first = groupDigits;
        }
        int count = 1 + (numDigits - first) / groupDigits;
        int[] groups = new int[count];
        groups[0] = Integer.parseInt(val.substring(cursor, cursor + first), radix);
        cursor += first;
        for (int g = 1; g < count; g++) {
            groups[g] = Integer.parseInt(val.substring(cursor, cursor + groupDigits), radix);
            cursor += groupDigits;
        }
        return combine(groups, 0, count, radix);
    }

    /** 0 or 1: the length of a leading sign, after the JDK's checks for misplaced signs. */
    private static int signLength(String val) {
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            return 1;
        }
        if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            return 1;
        }
        return 0;
    }

    /** The value of groups[from, to), most significant first, in the group base. */
    private static int[] combine(int[] groups, int from, int to, int radix) {
        int n = to - from;
        if (n < SPLIT_PARSE_GROUPS) {
            int base = groupBase(radix);
            int[] acc = new int[n + 1];
            int len = 0;
            for (int g = from; g < to; g++) {
                long carry = groups[g] & Magnitude.MASK;
                for (int i = 0; i < len; i++) {
                    carry += (acc[i] & Magnitude.MASK) * base;
                    acc[i] = (int) carry;
                    carry >>>= 32;
                }
                if (carry != 0) {
                    acc[len++] = (int) carry;
                }
            }
            return Magnitude.trim(acc, len);
        }
        int k = 31 - Integer.numberOfLeadingZeros(n - 1);
        int low = 1 << k;
        int[] hi = combine(groups, from, to - low, radix);
        int[] lo = combine(groups, to - low, to, radix);
        return Magnitude.add(Multiplication.multiply(hi, power(radix, k)), lo);
    }
}
