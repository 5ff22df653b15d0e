package java.util;

import java.util.function.IntConsumer;

/**
 * A spliterator over a range of an int[] (no boxing), SIZED and SUBSIZED besides what it is given;
 * it splits at the middle of what remains, as the JDK's Spliterators.IntArraySpliterator.
 */
final class IntArraySpliterator extends FixedRangeSpliterator<Integer> implements Spliterator.OfInt {
    private final int[] array;

    IntArraySpliterator(int[] array, int origin, int fence, int additionalCharacteristics) {
        super(origin, fence, additionalCharacteristics);
        this.array = array;
    }

    @Override
    public Spliterator.OfInt trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new IntArraySpliterator(array, lo, index, characteristics);
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int[] a = array;
        int hi = fence;
        int i = claimRemaining(a.length);
        for (; i < hi; i++) {
            action.accept(a[i]);
        }
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
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
