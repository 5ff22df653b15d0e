package java.util;

import java.util.function.Consumer;

/**
 * A spliterator over a range of an array, SIZED and SUBSIZED besides what it is given; it splits
 * at the middle of what remains, as the JDK's Spliterators.ArraySpliterator.
 */
final class ArraySpliterator<T> implements Spliterator<T> {
    private final Object[] array;
    private int index;
    private final int fence;
    private final int characteristics;

    ArraySpliterator(Object[] array, int origin, int fence, int additionalCharacteristics) {
        this.array = array;
        this.index = origin;
        this.fence = fence;
        this.characteristics = additionalCharacteristics | SIZED | SUBSIZED;
    }

    @Override
    public Spliterator<T> trySplit() {
        int lo = index;
        int mid = (lo + fence) >>> 1;
        if (lo >= mid) {
            return null;
        }
        index = mid;
        return new ArraySpliterator<T>(array, lo, mid, characteristics);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Object[] a = array;
        int hi = fence;
        int i = index;
        if (a.length >= hi && i >= 0 && i < hi) {
            index = hi;
            do {
                action.accept((T) a[i]);
            } while (++i < hi);
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

    @Override
    public long estimateSize() {
        return (long) (fence - index);
    }

    @Override
    public int characteristics() {
        return characteristics;
    }

    @Override
    public Comparator<? super T> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
