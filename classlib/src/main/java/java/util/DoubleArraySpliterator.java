package java.util;

import java.util.function.DoubleConsumer;

/**
 * A spliterator over a range of a double[] (no boxing), SIZED and SUBSIZED besides what it is given;
 * it splits at the middle of what remains, as the JDK's Spliterators.DoubleArraySpliterator.
 */
final class DoubleArraySpliterator extends FixedRangeSpliterator<Double> implements Spliterator.OfDouble {
    private final double[] array;

    DoubleArraySpliterator(double[] array, int origin, int fence, int additionalCharacteristics) {
        super(origin, fence, additionalCharacteristics);
        this.array = array;
    }

    @Override
    public Spliterator.OfDouble trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new DoubleArraySpliterator(array, lo, index, characteristics);
    }

    @Override
    public void forEachRemaining(DoubleConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        double[] a = array;
        int hi = fence;
        int i = claimRemaining(a.length);
        for (; i < hi; i++) {
            action.accept(a[i]);
        }
    }

    @Override
    public boolean tryAdvance(DoubleConsumer action) {
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
