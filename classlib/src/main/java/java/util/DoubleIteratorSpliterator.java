package java.util;

import java.util.function.DoubleConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfDouble, of a given or unknown size: splitting copies the
 * next batch of values into a double[] spliterator (1024 the first time, 1024 more each time after),
 * as the JDK's Spliterators.DoubleIteratorSpliterator. Unless CONCURRENT, a given size makes it
 * SIZED and SUBSIZED.
 */
final class DoubleIteratorSpliterator implements Spliterator.OfDouble {
    private final PrimitiveIterator.OfDouble it;
    private final int characteristics;
    private long est;
    private int batch;

    DoubleIteratorSpliterator(PrimitiveIterator.OfDouble iterator, long size, int characteristics) {
        this.it = iterator;
        this.est = size;
        this.characteristics = Spliterators.sizedUnlessConcurrent(characteristics);
    }

    /** Of unknown size. */
    DoubleIteratorSpliterator(PrimitiveIterator.OfDouble iterator, int characteristics) {
        this.it = iterator;
        this.est = Long.MAX_VALUE;
        this.characteristics = Spliterators.unsized(characteristics);
    }

    @Override
    public Spliterator.OfDouble trySplit() {
        PrimitiveIterator.OfDouble i = it;
        long s = est;
        if (s <= 1 || !i.hasNext()) {
            return null;
        }
        int n = Spliterators.batchSize(batch, s);
        double[] a = new double[n];
        int j = 0;
        do {
            a[j] = i.nextDouble();
        } while (++j < n && i.hasNext());
        batch = j;
        if (est != Long.MAX_VALUE) {
            est -= j;
        }
        return new DoubleArraySpliterator(a, 0, j, characteristics);
    }

    @Override
    public void forEachRemaining(DoubleConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        it.forEachRemaining(action);
    }

    @Override
    public boolean tryAdvance(DoubleConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (it.hasNext()) {
            action.accept(it.nextDouble());
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
    public Comparator<? super Double> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
