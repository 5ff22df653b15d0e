package java.util;

import java.util.function.IntConsumer;

/**
 * A spliterator over a PrimitiveIterator.OfInt, of a given or unknown size: splitting copies the
 * next batch of values into a int[] spliterator, as the JDK's Spliterators.IntIteratorSpliterator.
 * Unless CONCURRENT, a given size makes it SIZED and SUBSIZED.
 */
final class IntIteratorSpliterator extends BatchSpliterator<Integer> implements Spliterator.OfInt {
    private final PrimitiveIterator.OfInt it;

    IntIteratorSpliterator(PrimitiveIterator.OfInt iterator, long size, int characteristics) {
        super(size, Spliterators.sizedUnlessConcurrent(characteristics));
        this.it = iterator;
    }

    /** Of unknown size. */
    IntIteratorSpliterator(PrimitiveIterator.OfInt iterator, int characteristics) {
        super(Long.MAX_VALUE, Spliterators.unsized(characteristics));
        this.it = iterator;
    }

    @Override
    public Spliterator.OfInt trySplit() {
        PrimitiveIterator.OfInt i = it;
        int n = nextBatch();
        if (n == 0 || !i.hasNext()) {
            return null;
        }
        int[] a = new int[n];
        int j = 0;
        do {
            a[j] = i.nextInt();
        } while (++j < n && i.hasNext());
        took(j);
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
}
