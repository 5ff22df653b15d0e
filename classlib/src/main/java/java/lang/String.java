package java.lang;

import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.Locale;

/**
 * An immutable sequence of UTF-16 chars. The chars live in a private array that no other object
 * changes; {@link #hash} caches the hash code (0 = not computed yet or truly 0). Regular-expression
 * methods (matches, replaceAll, replaceFirst, split with a pattern that is not a literal char) are
 * not part of this library yet; split with a one-char literal works as the JDK's. format and
 * formatted go through java.util.Formatter.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private static final long serialVersionUID = -6849794470754667710L;
    private static final char[] NO_CHARS = new char[0];

    /** Orders strings as compareToIgnoreCase does. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private final char[] value;
    private int hash;

    public String() {
        this.value = NO_CHARS;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = value.length == 0 ? NO_CHARS : value.clone();
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = copy(value, offset, count);
    }

    /** The code points {@code offset..offset+count} of {@code codePoints} as UTF-16. */
    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int length = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            length += Character.charCount(cp);
        }
        char[] chars = new char[length];
        int at = 0;
        for (int i = offset; i < offset + count; i++) {
            at += Character.toChars(codePoints[i], chars, at);
        }
        this.value = chars;
    }

    /** Decodes UTF-8; malformed input becomes U+FFFD. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Decodes UTF-8; malformed input becomes U+FFFD. */
    public String(byte[] bytes, int offset, int length) {
        checkOffsetCount(offset, length, bytes.length);
        this.value = Utf8.decode(bytes, offset, length);
    }

    /**
     * Deprecated in the JDK but still called: each byte of {@code ascii[offset..offset+count]} is
     * the low half of a char whose high half is {@code hibyte}'s low eight bits.
     */
    @Deprecated
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkOffsetCount(offset, count, ascii.length);
        char[] chars = new char[count];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            chars[i] = (char) (high | (ascii[offset + i] & 0xff));
        }
        this.value = count == 0 ? NO_CHARS : chars;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    /** Takes {@code value} without copying: the caller must never change it again. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copy(char[] source, int offset, int count) {
        if (count == 0) {
            return NO_CHARS;
        }
        char[] chars = new char[count];
        System.arraycopy(source, offset, chars, 0, count);
        return chars;
    }

    // ---- index checks with the JDK's messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkOffsetCount(int offset, int count, int length) {
        if ((offset | count) < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    // ---- chars and code points ----

    @Override
    public int length() {
        return value.length;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public char[] toCharArray() {
        return copy(value, 0, value.length);
    }

    /** UTF-8, with '?' for unpaired surrogates. */
    public byte[] getBytes() {
        return Utf8.encode(value, 0, value.length);
    }

    // ---- equality, order, hashing ----

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        if (other.length != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof StringBuffer) {
            synchronized (cs) {
                return sameChars(cs);
            }
        }
        if (cs instanceof String) {
            return equals(cs);
        }
        return sameChars(cs);
    }

    private boolean sameChars(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        if (this == anotherString) {
            return true;
        }
        return anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length);
    }

    @Override
    public int compareTo(String anotherString) {
        char[] other = anotherString.value;
        int n = Math.min(value.length, other.length);
        for (int i = 0; i < n; i++) {
            if (value[i] != other[i]) {
                return value[i] - other[i];
            }
        }
        return value.length - other.length;
    }

    public int compareToIgnoreCase(String str) {
        return CaseFolding.compare(value, str.value);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            for (int i = 0; i < value.length; i++) {
                h = 31 * h + value[i];
            }
            hash = h;
        }
        return h;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (value[toffset + i] != other.value[ooffset + i]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        return CaseFolding.regionMatches(value, toffset, other.value, ooffset, len);
    }

    // ---- searching ----

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        return regionMatches(toffset, prefix, 0, prefix.value.length);
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = from; i < value.length; i++) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char high = Character.highSurrogate(ch);
        char low = Character.lowSurrogate(ch);
        for (int i = from; i < value.length - 1; i++) {
            if (value[i] == high && value[i + 1] == low) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char high = Character.highSurrogate(ch);
        char low = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, value.length - 2); i >= 0; i--) {
            if (value[i] == high && value[i + 1] == low) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** The first index at or after {@code fromIndex} where {@code target} occurs in source[0..count). */
    static int indexOf(char[] source, int count, char[] target, int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (from >= count) {
            return target.length == 0 ? count : -1;
        }
        if (target.length == 0) {
            return from;
        }
        char first = target[0];
        int last = count - target.length;
        for (int i = from; i <= last; i++) {
            if (source[i] != first) {
                continue;
            }
            int j = 1;
            while (j < target.length && source[i + j] == target[j]) {
                j++;
            }
            if (j == target.length) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** The last index at or before {@code fromIndex} where {@code target} occurs in source[0..count). */
    static int lastIndexOf(char[] source, int count, char[] target, int fromIndex) {
        int from = Math.min(fromIndex, count - target.length);
        if (from < 0) {
            return -1;
        }
        for (int i = from; i >= 0; i--) {
            int j = 0;
            while (j < target.length && source[i + j] == target[j]) {
                j++;
            }
            if (j == target.length) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- new strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(copy(value, beginIndex, endIndex - beginIndex), true);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] chars = new char[value.length + str.value.length];
        System.arraycopy(value, 0, chars, 0, value.length);
        System.arraycopy(str.value, 0, chars, value.length, str.value.length);
        return new String(chars, true);
    }

    public String replace(char oldChar, char newChar) {
        int first = indexOf(oldChar);
        if (oldChar == newChar || first < 0) {
            return this;
        }
        char[] chars = value.clone();
        for (int i = first; i < chars.length; i++) {
            if (chars[i] == oldChar) {
                chars[i] = newChar;
            }
        }
        return new String(chars, true);
    }

    /** Replaces each match of {@code target}, left to right; an empty target matches between chars. */
    public String replace(CharSequence target, CharSequence replacement) {
        String from = target.toString();
        String to = replacement.toString();
        int at = indexOf(from);
        if (at < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        int start = 0;
        if (from.isEmpty()) {
            for (int i = 0; i < value.length; i++) {
                sb.append(to).append(value[i]);
            }
            return sb.append(to).toString();
        }
        while (at >= 0) {
            sb.append(value, start, at - start).append(to);
            start = at + from.value.length;
            at = indexOf(from, start);
        }
        return sb.append(value, start, value.length - start).toString();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        long total = (long) value.length * count;
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] chars = new char[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, chars, i * value.length, value.length);
        }
        return new String(chars, true);
    }

    /** Removes chars up to U+0020 from both ends. */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** Removes Character.isWhitespace code points from both ends. */
    public String strip() {
        return substring(leadingWhitespace(), value.length - trailingWhitespace());
    }

    public String stripLeading() {
        return substring(leadingWhitespace());
    }

    public String stripTrailing() {
        return substring(0, value.length - trailingWhitespace());
    }

    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    private int leadingWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhitespace() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return value.length - i;
    }

    /** The lower case by the rules of the default locale's language. */
    public String toLowerCase() {
        return toLowerCase(Locale.getDefault());
    }

    /** The upper case by the rules of the default locale's language. */
    public String toUpperCase() {
        return toUpperCase(Locale.getDefault());
    }

    /** The lower case by the rules of the locale's language (tr, az and lt have rules of their own). */
    public String toLowerCase(Locale locale) {
        return SpecialCasing.toLowerCase(this, value, locale.getLanguage());
    }

    /** The upper case by the rules of the locale's language (tr, az and lt have rules of their own). */
    public String toUpperCase(Locale locale) {
        return SpecialCasing.toUpperCase(this, value, locale.getLanguage());
    }

    // ---- splitting and joining ----

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * Splits around a literal char: a one-char pattern that is not a regex metachar, or a
     * backslash-escaped char that is not a letter or digit. Other patterns need the regex engine,
     * which this library does not have yet: UnsupportedOperationException.
     */
    public String[] split(String regex, int limit) {
        return Splitter.split(this, literalSplitChar(regex), limit);
    }

    private static char literalSplitChar(String regex) {
        if (regex.value.length == 1 && ".$|()[{^?*+\\".indexOf(regex.value[0]) < 0
                && !Character.isSurrogate(regex.value[0])) {
            return regex.value[0];
        }
        if (regex.value.length == 2 && regex.value[0] == '\\') {
            char c = regex.value[1];
            if (!Character.isSurrogate(c) && !isAsciiLetterOrDigit(c)) {
                return c;
            }
        }
        throw new UnsupportedOperationException("regular expressions are not supported: " + regex);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        Iterator<? extends CharSequence> it = elements.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(it.next());
            first = false;
        }
        return sb.toString();
    }

    // ---- formatting ----

    /** The arguments formatted by {@code format} (java.util.Formatter) for the default format locale. */
    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    /** The arguments formatted by {@code format} for locale {@code l} (null: no localization). */
    public static String format(Locale l, String format, Object... args) {
        return new Formatter(l).format(format, args).toString();
    }

    /** String.format(this, args). */
    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    // ---- conversions ----

    @Override
    public String toString() {
        return this;
    }

    /** The canonical copy of this string (VM: the intern table, shared with string literals). */
    public native String intern();

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** Character.toString(int): the code point as one or two chars. */
    static String valueOfCodePoint(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(Character.invalidCodePoint(codePoint));
        }
        return new String(Character.toChars(codePoint), true);
    }

    /** Compares as compareToIgnoreCase. */
    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        private static final long serialVersionUID = 8575799808933029326L;

        @Override
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }
}
