package java.lang;

/**
 * Lookups over the Unicode tables of {@link CharacterData}, unpacked once into sorted int arrays
 * and searched by bisection. Every method takes any int; values outside the code space behave as
 * unassigned code points.
 */
final class CharacterProperties {
    private static final int[] TYPE_STARTS = points(CharacterData.TYPE_RUNS, 3, 0);
    private static final int[] TYPES = chars(CharacterData.TYPE_RUNS, 3, 2);
    private static final int[] LOWER_FROM = points(CharacterData.LOWER_PAIRS, 4, 0);
    private static final int[] LOWER_TO = points(CharacterData.LOWER_PAIRS, 4, 2);
    private static final int[] UPPER_FROM = points(CharacterData.UPPER_PAIRS, 4, 0);
    private static final int[] UPPER_TO = points(CharacterData.UPPER_PAIRS, 4, 2);
    private static final int[] TITLE_FROM = points(CharacterData.TITLE_PAIRS, 4, 0);
    private static final int[] TITLE_TO = points(CharacterData.TITLE_PAIRS, 4, 2);
    private static final int[] EXPANDED = expandedPoints(CharacterData.UPPER_EXPANSIONS);
    private static final String[] EXPANSIONS = expansions(CharacterData.UPPER_EXPANSIONS, EXPANDED.length);
    private static final int[] NUMERIC_START = points(CharacterData.NUMERIC_RUNS, 7, 0);
    private static final int[] NUMERIC_END = points(CharacterData.NUMERIC_RUNS, 7, 2);
    private static final int[] NUMERIC_VALUE = points(CharacterData.NUMERIC_RUNS, 7, 4);
    private static final int[] NUMERIC_STEP = chars(CharacterData.NUMERIC_RUNS, 7, 6);
    private static final int[] ALPHABETIC = points(CharacterData.ALPHABETIC_TOGGLES, 2, 0);
    private static final int[] IDEOGRAPHIC = points(CharacterData.IDEOGRAPHIC_TOGGLES, 2, 0);
    private static final int[] MIRRORED = points(CharacterData.MIRRORED_TOGGLES, 2, 0);
    private static final int[] LOWERCASE = points(CharacterData.LOWERCASE_TOGGLES, 2, 0);
    private static final int[] UPPERCASE = points(CharacterData.UPPERCASE_TOGGLES, 2, 0);
    private static final int[] COMBINING_STARTS = points(CharacterData.COMBINING_RUNS, 3, 0);
    private static final int[] COMBINING_KINDS = chars(CharacterData.COMBINING_RUNS, 3, 2);

    /** Kinds of {@link #combiningKind}: canonical combining class 0, 230 (Above), any other. */
    static final int COMBINING_ZERO = 0;
    static final int COMBINING_ABOVE = 1;
    static final int COMBINING_OTHER = 2;

    private CharacterProperties() {
    }

    /** The code points (two chars each) at {@code offset} of every record of {@code width} chars. */
    private static int[] points(String packed, int width, int offset) {
        int[] out = new int[packed.length() / width];
        for (int i = 0; i < out.length; i++) {
            int at = i * width + offset;
            out[i] = packed.charAt(at) << 16 | packed.charAt(at + 1);
        }
        return out;
    }

    /** The single chars at {@code offset} of every record of {@code width} chars. */
    private static int[] chars(String packed, int width, int offset) {
        int[] out = new int[packed.length() / width];
        for (int i = 0; i < out.length; i++) {
            out[i] = packed.charAt(i * width + offset);
        }
        return out;
    }

    private static int[] expandedPoints(String packed) {
        int n = 0;
        for (int at = 0; at < packed.length(); at += 3 + packed.charAt(at + 2)) {
            n++;
        }
        int[] out = new int[n];
        int i = 0;
        for (int at = 0; at < packed.length(); at += 3 + packed.charAt(at + 2)) {
            out[i++] = packed.charAt(at) << 16 | packed.charAt(at + 1);
        }
        return out;
    }

    private static String[] expansions(String packed, int n) {
        String[] out = new String[n];
        int i = 0;
        for (int at = 0; at < packed.length(); at += 3 + packed.charAt(at + 2)) {
            out[i++] = packed.substring(at + 3, at + 3 + packed.charAt(at + 2));
        }
        return out;
    }

    /** The index of the last element of the sorted array that is at most {@code key}, or -1. */
    private static int floor(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    private static boolean valid(int cp) {
        return cp >= 0 && cp <= Character.MAX_CODE_POINT;
    }

    static int type(int cp) {
        return valid(cp) ? TYPES[floor(TYPE_STARTS, cp)] : Character.UNASSIGNED;
    }

    private static int mapped(int[] from, int[] to, int cp) {
        int i = floor(from, cp);
        return i >= 0 && from[i] == cp ? to[i] : cp;
    }

    static int toLowerCase(int cp) {
        return mapped(LOWER_FROM, LOWER_TO, cp);
    }

    static int toUpperCase(int cp) {
        return mapped(UPPER_FROM, UPPER_TO, cp);
    }

    /** The title case: from TITLE_PAIRS where it differs from the upper case, else the upper case. */
    static int toTitleCase(int cp) {
        int i = floor(TITLE_FROM, cp);
        return i >= 0 && TITLE_FROM[i] == cp ? TITLE_TO[i] : toUpperCase(cp);
    }

    /** The several chars String.toUpperCase makes of {@code cp} (e.g. "SS" for U+00DF), or null. */
    static String upperExpansion(int cp) {
        int i = floor(EXPANDED, cp);
        return i >= 0 && EXPANDED[i] == cp ? EXPANSIONS[i] : null;
    }

    /** Character.getNumericValue: -1 without a value, -2 for values that are not integers. */
    static int numericValue(int cp) {
        int i = floor(NUMERIC_START, cp);
        if (i < 0 || cp > NUMERIC_END[i]) {
            return -1;
        }
        return NUMERIC_VALUE[i] + NUMERIC_STEP[i] * (cp - NUMERIC_START[i]);
    }

    private static boolean toggled(int[] toggles, int cp) {
        return (floor(toggles, cp) & 1) == 0;
    }

    static boolean isAlphabetic(int cp) {
        return toggled(ALPHABETIC, cp);
    }

    static boolean isIdeographic(int cp) {
        return toggled(IDEOGRAPHIC, cp);
    }

    static boolean isMirrored(int cp) {
        return toggled(MIRRORED, cp);
    }

    static boolean isLowerCase(int cp) {
        return toggled(LOWERCASE, cp);
    }

    static boolean isUpperCase(int cp) {
        return toggled(UPPERCASE, cp);
    }

    /** COMBINING_ZERO, COMBINING_ABOVE or COMBINING_OTHER: the canonical combining class, coarsely. */
    static int combiningKind(int cp) {
        return valid(cp) ? COMBINING_KINDS[floor(COMBINING_STARTS, cp)] : COMBINING_ZERO;
    }
}
