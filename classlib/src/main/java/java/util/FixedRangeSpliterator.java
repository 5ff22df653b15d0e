package java.util;

/**
 * A range of an array given up front (never late-binding): SIZED and SUBSIZED besides the
 * characteristics it is given, with getComparator null when SORTED, as the JDK's array
 * spliterators (Spliterators.ArraySpliterator, IntArraySpliterator and kin).
 */
abstract class FixedRangeSpliterator<T> extends RangeSpliterator<T> {
    final int characteristics;

    FixedRangeSpliterator(int origin, int fence, int additionalCharacteristics) {
        super(origin, fence, 0);
        this.characteristics = additionalCharacteristics | SIZED | SUBSIZED;
    }

    /**
     * For forEachRemaining: the first index to visit, after which index is at the fence; or the
     * fence itself (nothing to visit, index untouched) when the range does not fit an array of
     * this length or is empty, as the JDK's checks before its loop.
     */
    final int claimRemaining(int arrayLength) {
        int hi = fence;
        int i = index;
        if (arrayLength >= hi && i >= 0) {
            index = hi;
            if (i < hi) {
                return i;
            }
        }
        return hi;
    }

    @Override
    public final int characteristics() {
        return characteristics;
    }

    @Override
    public final Comparator<? super T> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
