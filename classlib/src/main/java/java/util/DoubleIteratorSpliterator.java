package java.util;

import java.util.function.DoubleConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfDouble, of a given or unknown size: splitting copies the
 * next batch of values into a double[] spliterator, as the JDK's Spliterators.DoubleIteratorSpliterator.
 * Unless CONCURRENT, a given size makes it SIZED and SUBSIZED.
 */
final class DoubleIteratorSpliterator extends BatchSpliterator<Double> implements Spliterator.OfDouble {
    private final PrimitiveIterator.OfDouble it;

    DoubleIteratorSpliterator(PrimitiveIterator.OfDouble iterator, long size, int characteristics) {
        super(size, Spliterators.sizedUnlessConcurrent(characteristics));
        this.it = iterator;
    }

    /** Of unknown size. */
    DoubleIteratorSpliterator(PrimitiveIterator.OfDouble iterator, int characteristics) {
        super(Long.MAX_VALUE, Spliterators.unsized(characteristics));
        this.it = iterator;
    }

    @Override
    public Spliterator.OfDouble trySplit() {
        PrimitiveIterator.OfDouble i = it;
        int n = nextBatch();
        if (n == 0 || !i.hasNext()) {
            return null;
        }
        double[] a = new double[n];
        int j = 0;
        do {
            a[j] = i.nextDouble();
        } while (++j < n && i.hasNext());
        took(j);
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
}
