package java.util;

/**
 * A growable vector of bits in 64-bit words, bit i in word i / 64. As the JDK's: the words in use
 * end at the last non-zero word (checked after every change that can clear one), the array grows
 * to the larger of twice its length and what is needed, and a size given to the constructor stays
 * (clone trims only a set whose size was not given). size(), toString() and hashCode() print
 * what the JDK's print for the same calls. Streams are not in this library.
 */
public class BitSet implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 7997698588986878753L;
    private static final int ADDRESS_BITS_PER_WORD = 6;
    private static final int BITS_PER_WORD = 1 << ADDRESS_BITS_PER_WORD;
    private static final long WORD_MASK = 0xffffffffffffffffL;

    private long[] words;
    /** The number of words that may be non-zero; words[wordsInUse - 1] != 0 unless it is 0. */
    private transient int wordsInUse;
    /** Whether the size was given by the caller (then clone keeps it). */
    private transient boolean sizeIsSticky;

    public BitSet() {
        words = new long[wordIndex(BITS_PER_WORD - 1) + 1];
    }

    public BitSet(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }

    private BitSet(long[] words) {
        this.words = words;
        this.wordsInUse = words.length;
    }

    private static int wordIndex(int bitIndex) {
        return bitIndex >> ADDRESS_BITS_PER_WORD;
    }

    /** A set holding bit n where {@code longs[n / 64]} holds bit n % 64. */
    public static BitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) {
            n--;
        }
        return new BitSet(Arrays.copyOf(longs, n));
    }

    /** A set holding bit n where {@code bytes[n / 8]} holds bit n % 8 (little-endian). */
    public static BitSet valueOf(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        long[] words = new long[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            words[i >> 3] |= (bytes[i] & 0xffL) << (8 * (i & 7));
        }
        return new BitSet(words);
    }

    /** The bits as little-endian bytes, up to the last byte holding a set bit. */
    public byte[] toByteArray() {
        int n = wordsInUse;
        if (n == 0) {
            return new byte[0];
        }
        int len = 8 * (n - 1);
        for (long x = words[n - 1]; x != 0; x >>>= 8) {
            len++;
        }
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            bytes[i] = (byte) (words[i >> 3] >>> (8 * (i & 7)));
        }
        return bytes;
    }

    /** The words in use. */
    public long[] toLongArray() {
        return Arrays.copyOf(words, wordsInUse);
    }

    /** Drops trailing zero words from the words in use. */
    private void recalculateWordsInUse() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) {
            i--;
        }
        wordsInUse = i + 1;
    }

    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            int request = Math.max(2 * words.length, wordsRequired);
            words = Arrays.copyOf(words, request);
            sizeIsSticky = false;
        }
    }

    /** Makes word {@code wordIndex} one of the words in use. */
    private void expandTo(int wordIndex) {
        int wordsRequired = wordIndex + 1;
        if (wordsInUse < wordsRequired) {
            ensureCapacity(wordsRequired);
            wordsInUse = wordsRequired;
        }
    }

    private static void checkBitIndex(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
    }

    private static void checkFromIndex(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
    }

    private static void checkRange(int fromIndex, int toIndex) {
        checkFromIndex(fromIndex);
        if (toIndex < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
        }
    }

    /** The operations on a range of words. */
    private static final int OP_SET = 0;
    private static final int OP_CLEAR = 1;
    private static final int OP_FLIP = 2;

    private static long apply(int op, long word, long mask) {
        return op == OP_SET ? word | mask : op == OP_CLEAR ? word & ~mask : word ^ mask;
    }

    /** Applies {@code op} to bits fromIndex (inclusive) to toIndex (exclusive), all in use. */
    private void applyRange(int op, int fromIndex, int toIndex) {
        int startWordIndex = wordIndex(fromIndex);
        int endWordIndex = wordIndex(toIndex - 1);
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        if (startWordIndex == endWordIndex) {
            words[startWordIndex] = apply(op, words[startWordIndex], firstWordMask & lastWordMask);
            return;
        }
        words[startWordIndex] = apply(op, words[startWordIndex], firstWordMask);
        for (int i = startWordIndex + 1; i < endWordIndex; i++) {
            words[i] = apply(op, words[i], WORD_MASK);
        }
        words[endWordIndex] = apply(op, words[endWordIndex], lastWordMask);
    }

    public void flip(int bitIndex) {
        checkBitIndex(bitIndex);
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] ^= 1L << bitIndex;
        recalculateWordsInUse();
    }

    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        expandTo(wordIndex(toIndex - 1));
        applyRange(OP_FLIP, fromIndex, toIndex);
        recalculateWordsInUse();
    }

    public void set(int bitIndex) {
        checkBitIndex(bitIndex);
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] |= 1L << bitIndex;
    }

    public void set(int bitIndex, boolean value) {
        if (value) {
            set(bitIndex);
        } else {
            clear(bitIndex);
        }
    }

    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        expandTo(wordIndex(toIndex - 1));
        applyRange(OP_SET, fromIndex, toIndex);
    }

    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) {
            set(fromIndex, toIndex);
        } else {
            clear(fromIndex, toIndex);
        }
    }

    public void clear(int bitIndex) {
        checkBitIndex(bitIndex);
        int wordIndex = wordIndex(bitIndex);
        if (wordIndex >= wordsInUse) {
            return;
        }
        words[wordIndex] &= ~(1L << bitIndex);
        recalculateWordsInUse();
    }

    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex || wordIndex(fromIndex) >= wordsInUse) {
            return;
        }
        if (wordIndex(toIndex - 1) >= wordsInUse) {
            toIndex = length();
        }
        applyRange(OP_CLEAR, fromIndex, toIndex);
        recalculateWordsInUse();
    }

    public void clear() {
        while (wordsInUse > 0) {
            words[--wordsInUse] = 0;
        }
    }

    public boolean get(int bitIndex) {
        checkBitIndex(bitIndex);
        int wordIndex = wordIndex(bitIndex);
        return wordIndex < wordsInUse && (words[wordIndex] & (1L << bitIndex)) != 0;
    }

    /** Bits fromIndex (inclusive) to toIndex (exclusive) as a new set, bit fromIndex its bit 0. */
    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) {
            return new BitSet(0);
        }
        if (toIndex > len) {
            toIndex = len;
        }
        BitSet result = new BitSet(toIndex - fromIndex);
        int targetWords = wordIndex(toIndex - fromIndex - 1) + 1;
        int sourceIndex = wordIndex(fromIndex);
        boolean wordAligned = (fromIndex & (BITS_PER_WORD - 1)) == 0;
        for (int i = 0; i < targetWords - 1; i++, sourceIndex++) {
            result.words[i] = wordAligned ? words[sourceIndex]
                    : (words[sourceIndex] >>> fromIndex) | (words[sourceIndex + 1] << -fromIndex);
        }
        long lastWordMask = WORD_MASK >>> -toIndex;
        boolean spansTwoWords = ((toIndex - 1) & (BITS_PER_WORD - 1)) < (fromIndex & (BITS_PER_WORD - 1));
        result.words[targetWords - 1] = spansTwoWords
                ? (words[sourceIndex] >>> fromIndex) | (words[sourceIndex + 1] & lastWordMask) << -fromIndex
                : (words[sourceIndex] & lastWordMask) >>> fromIndex;
        result.wordsInUse = targetWords;
        result.recalculateWordsInUse();
        return result;
    }

    /** The first set bit at or after fromIndex, or -1. */
    public int nextSetBit(int fromIndex) {
        checkFromIndex(fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return -1;
        }
        long word = words[u] & (WORD_MASK << fromIndex);
        while (word == 0) {
            if (++u == wordsInUse) {
                return -1;
            }
            word = words[u];
        }
        return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
    }

    /** The first clear bit at or after fromIndex. */
    public int nextClearBit(int fromIndex) {
        checkFromIndex(fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK << fromIndex);
        while (word == 0) {
            if (++u == wordsInUse) {
                return wordsInUse * BITS_PER_WORD;
            }
            word = ~words[u];
        }
        return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
    }

    private static void checkPreviousIndex(int fromIndex) {
        if (fromIndex < -1) {
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
    }

    /** The last set bit at or before fromIndex, or -1 (also for fromIndex -1). */
    public int previousSetBit(int fromIndex) {
        checkPreviousIndex(fromIndex);
        if (fromIndex == -1) {
            return -1;
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return length() - 1;
        }
        long word = words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (word == 0) {
            if (u-- == 0) {
                return -1;
            }
            word = words[u];
        }
        return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
    }

    /** The last clear bit at or before fromIndex, or -1 (also for fromIndex -1). */
    public int previousClearBit(int fromIndex) {
        checkPreviousIndex(fromIndex);
        if (fromIndex == -1) {
            return -1;
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (word == 0) {
            if (u-- == 0) {
                return -1;
            }
            word = ~words[u];
        }
        return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
    }

    /** The index of the highest set bit plus one. */
    public int length() {
        if (wordsInUse == 0) {
            return 0;
        }
        return BITS_PER_WORD * (wordsInUse - 1) + (BITS_PER_WORD - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }

    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    public boolean intersects(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            if ((words[i] & set.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    public int cardinality() {
        int sum = 0;
        for (int i = 0; i < wordsInUse; i++) {
            sum += Long.bitCount(words[i]);
        }
        return sum;
    }

    public void and(BitSet set) {
        if (this == set) {
            return;
        }
        while (wordsInUse > set.wordsInUse) {
            words[--wordsInUse] = 0;
        }
        for (int i = 0; i < wordsInUse; i++) {
            words[i] &= set.words[i];
        }
        recalculateWordsInUse();
    }

    public void or(BitSet set) {
        if (this == set) {
            return;
        }
        int wordsInCommon = combineCommonWords(set, OP_SET);
        if (wordsInCommon < set.wordsInUse) {
            System.arraycopy(set.words, wordsInCommon, words, wordsInCommon, wordsInUse - wordsInCommon);
        }
    }

    public void xor(BitSet set) {
        int wordsInCommon = combineCommonWords(set, OP_FLIP);
        if (wordsInCommon < set.wordsInUse) {
            System.arraycopy(set.words, wordsInCommon, words, wordsInCommon, set.wordsInUse - wordsInCommon);
        }
        recalculateWordsInUse();
    }

    /**
     * For or and xor: grows the words in use to set's, applies {@code op} with set's words to
     * the words both had in use, and returns how many those were.
     */
    private int combineCommonWords(BitSet set, int op) {
        int wordsInCommon = Math.min(wordsInUse, set.wordsInUse);
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < wordsInCommon; i++) {
            words[i] = apply(op, words[i], set.words[i]);
        }
        return wordsInCommon;
    }

    public void andNot(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            words[i] &= ~set.words[i];
        }
        recalculateWordsInUse();
    }

    @Override
    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0;) {
            h ^= words[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
    }

    /** The bits the words hold now (not the length). */
    public int size() {
        return words.length * BITS_PER_WORD;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet)) {
            return false;
        }
        if (this == obj) {
            return true;
        }
        BitSet set = (BitSet) obj;
        if (wordsInUse != set.wordsInUse) {
            return false;
        }
        for (int i = 0; i < wordsInUse; i++) {
            if (words[i] != set.words[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object clone() {
        if (!sizeIsSticky) {
            trimToSize();
        }
        try {
            BitSet result = (BitSet) super.clone();
            result.words = words.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private void trimToSize() {
        if (wordsInUse != words.length) {
            words = Arrays.copyOf(words, wordsInUse);
        }
    }

    /** The set bits in increasing order: {@code {1, 5, 64}}. */
    @Override
    public String toString() {
        int numBits = wordsInUse > 128 ? cardinality() : wordsInUse * BITS_PER_WORD;
        StringBuilder b = new StringBuilder(numBits <= (Integer.MAX_VALUE - 10) / 6 ? 6 * numBits + 2 : Integer.MAX_VALUE - 8);
        b.append('{');
        int i = nextSetBit(0);
        if (i != -1) {
            b.append(i);
            while (++i >= 0 && (i = nextSetBit(i)) >= 0) {
                int endOfRun = nextClearBit(i);
                do {
                    b.append(", ").append(i);
                } while (++i != endOfRun);
            }
        }
        return b.append('}').toString();
    }
}
