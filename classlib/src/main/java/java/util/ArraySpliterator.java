package java.util;

import java.util.function.Consumer;

/**
 * A spliterator over a range of an object array, SIZED and SUBSIZED besides what it is given; it
 * splits at the middle of what remains, as the JDK's Spliterators.ArraySpliterator.
 */
final class ArraySpliterator<T> extends FixedRangeSpliterator<T> {
    private final Object[] array;

    ArraySpliterator(Object[] array, int origin, int fence, int additionalCharacteristics) {
        super(origin, fence, additionalCharacteristics);
        this.array = array;
    }

    @Override
    public Spliterator<T> trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new ArraySpliterator<T>(array, lo, index, characteristics);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Object[] a = array;
        int hi = fence;
        int i = claimRemaining(a.length);
        for (; i < hi; i++) {
            action.accept((T) a[i]);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (index >= 0 && index < fence) {
            T e = (T) array[index++];
            action.accept(e);
            return true;
        }
        return false;
    }
}
