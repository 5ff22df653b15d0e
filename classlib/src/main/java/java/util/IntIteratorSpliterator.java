package java.util;

import java.util.function.IntConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfInt, of a given or unknown size: splitting copies the
 * next batch of values into a int[] spliterator (1024 the first time, 1024 more each time after),
 * as the JDK's Spliterators.IntIteratorSpliterator. Unless CONCURRENT, a given size makes it
 * SIZED and SUBSIZED.
 */
final class IntIteratorSpliterator implements Spliterator.OfInt {
    private final PrimitiveIterator.OfInt it;
    private final int characteristics;
    private long est;
    private int batch;

    IntIteratorSpliterator(PrimitiveIterator.OfInt iterator, long size, int characteristics) {
        this.it = iterator;
        this.est = size;
        this.characteristics = Spliterators.sizedUnlessConcurrent(characteristics);
    }

    /** Of unknown size. */
    IntIteratorSpliterator(PrimitiveIterator.OfInt iterator, int characteristics) {
        this.it = iterator;
        this.est = Long.MAX_VALUE;
        this.characteristics = Spliterators.unsized(characteristics);
    }

    @Override
    public Spliterator.OfInt trySplit() {
        PrimitiveIterator.OfInt i = it;
        long s = est;
        if (s <= 1 || !i.hasNext()) {
            return null;
        }
        int n = Spliterators.batchSize(batch, s);
        int[] a = new int[n];
        int j = 0;
        do {
            a[j] = i.nextInt();
        } while (++j < n && i.hasNext());
        batch = j;
        if (est != Long.MAX_VALUE) {
            est -= j;
        }
        return new IntArraySpliterator(a, 0, j, characteristics);
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        it.forEachRemaining(action);
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (it.hasNext()) {
            action.accept(it.nextInt());
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
    public Comparator<? super Integer> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
