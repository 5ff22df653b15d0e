package java.util;

import java.util.function.LongConsumer;

/**
 * A spliterator over a range of a long[] (no boxing), SIZED and SUBSIZED besides what it is given;
 * it splits at the middle of what remains, as the JDK's Spliterators.LongArraySpliterator.
 */
final class LongArraySpliterator extends FixedRangeSpliterator<Long> implements Spliterator.OfLong {
    private final long[] array;

    LongArraySpliterator(long[] array, int origin, int fence, int additionalCharacteristics) {
        super(origin, fence, additionalCharacteristics);
        this.array = array;
    }

    @Override
    public Spliterator.OfLong trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new LongArraySpliterator(array, lo, index, characteristics);
    }

    @Override
    public void forEachRemaining(LongConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        long[] a = array;
        int hi = fence;
        int i = claimRemaining(a.length);
        for (; i < hi; i++) {
            action.accept(a[i]);
        }
    }

    @Override
    public boolean tryAdvance(LongConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (index >= 0 && index < fence) {
            action.accept(array[index++]);
            return true;
        }
        return false;
    }
}
