package java.util;

import java.util.function.LongConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfLong, of a given or unknown size: splitting copies the
 * next batch of values into a long[] spliterator (1024 the first time, 1024 more each time after),
 * as the JDK's Spliterators.LongIteratorSpliterator. Unless CONCURRENT, a given size makes it
 * SIZED and SUBSIZED.
 */
final class LongIteratorSpliterator implements Spliterator.OfLong {
    private final PrimitiveIterator.OfLong it;
    private final int characteristics;
    private long est;
    private int batch;

    LongIteratorSpliterator(PrimitiveIterator.OfLong iterator, long size, int characteristics) {
        this.it = iterator;
        this.est = size;
        this.characteristics = Spliterators.sizedUnlessConcurrent(characteristics);
    }

    /** Of unknown size. */
    LongIteratorSpliterator(PrimitiveIterator.OfLong iterator, int characteristics) {
        this.it = iterator;
        this.est = Long.MAX_VALUE;
        this.characteristics = Spliterators.unsized(characteristics);
    }

    @Override
    public Spliterator.OfLong trySplit() {
        PrimitiveIterator.OfLong i = it;
        long s = est;
        if (s <= 1 || !i.hasNext()) {
            return null;
        }
        int n = Spliterators.batchSize(batch, s);
        long[] a = new long[n];
        int j = 0;
        do {
            a[j] = i.nextLong();
        } while (++j < n && i.hasNext());
        batch = j;
        if (est != Long.MAX_VALUE) {
            est -= j;
        }
        return new LongArraySpliterator(a, 0, j, characteristics);
    }

    @Override
    public void forEachRemaining(LongConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        it.forEachRemaining(action);
    }

    @Override
    public boolean tryAdvance(LongConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (it.hasNext()) {
            action.accept(it.nextLong());
            return true;
        }
        return false;
    }

    @Override
    public long estimateSize() {
        return est;
    }

    @Override
    public int characteristics() {
        return characteristics;
    }

    @Override
    public Comparator<? super Long> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
