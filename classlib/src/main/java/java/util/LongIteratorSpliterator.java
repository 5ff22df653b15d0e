package java.util;

import java.util.function.LongConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfLong, of a given or unknown size: splitting copies the
 * next batch of values into a long[] spliterator, as the JDK's Spliterators.LongIteratorSpliterator.
 * Unless CONCURRENT, a given size makes it SIZED and SUBSIZED.
 */
final class LongIteratorSpliterator extends BatchSpliterator<Long> implements Spliterator.OfLong {
    private final PrimitiveIterator.OfLong it;

    LongIteratorSpliterator(PrimitiveIterator.OfLong iterator, long size, int characteristics) {
        super(size, Spliterators.sizedUnlessConcurrent(characteristics));
        this.it = iterator;
    }

    /** Of unknown size. */
    LongIteratorSpliterator(PrimitiveIterator.OfLong iterator, int characteristics) {
        super(Long.MAX_VALUE, Spliterators.unsized(characteristics));
        this.it = iterator;
    }

    @Override
    public Spliterator.OfLong trySplit() {
        PrimitiveIterator.OfLong i = it;
        int n = nextBatch();
        if (n == 0 || !i.hasNext()) {
            return null;
        }
        long[] a = new long[n];
        int j = 0;
        do {
            a[j] = i.nextLong();
        } while (++j < n && i.hasNext());
        took(j);
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
}
