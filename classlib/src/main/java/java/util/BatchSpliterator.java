package java.util;

/**
 * What the spliterators over an iterator share (of objects, ints, longs or doubles): the estimate
 * (Long.MAX_VALUE when unknown, and then never counted down), the size of the last batch a split
 * copied out (1024, then 1024 more each split, as the JDK's), the characteristics, and
 * getComparator null when SORTED. Subclasses copy the batch into an array spliterator of their
 * element type.
 */
abstract class BatchSpliterator<T> implements Spliterator<T> {
    long est;
    final int characteristics;
    private int batch;

    BatchSpliterator(long est, int characteristics) {
        this.est = est;
        this.characteristics = characteristics;
    }

    /** How many elements the next split may copy; 0 when the estimate is 1 or less (no split). */
    final int nextBatch() {
        long s = est;
        return s <= 1 ? 0 : Spliterators.batchSize(batch, s);
    }

    /** Records a split that copied {@code taken} elements. */
    final void took(int taken) {
        batch = taken;
        if (est != Long.MAX_VALUE) {
            est -= taken;
        }
    }

    @Override
    public long estimateSize() {
        return est;
    }

    @Override
    public final int characteristics() {
        return characteristics;
    }

    @Override
    public Comparator<? super T> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
