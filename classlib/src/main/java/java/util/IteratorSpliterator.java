package java.util;

import java.util.function.Consumer;

/**
 * A spliterator over a collection's iterator (taken, with the size, at first use) or over a given
 * iterator. Splitting copies the next batch of elements into an array spliterator, as the JDK's
 * Spliterators.IteratorSpliterator. Unless CONCURRENT, a collection or sized iterator makes it
 * SIZED and SUBSIZED.
 */
class IteratorSpliterator<T> extends BatchSpliterator<T> {
    private final Collection<? extends T> collection;
    private Iterator<? extends T> it;

    IteratorSpliterator(Collection<? extends T> collection, int characteristics) {
        super(0, Spliterators.sizedUnlessConcurrent(characteristics));
        this.collection = collection;
    }

    IteratorSpliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        super(size, Spliterators.sizedUnlessConcurrent(characteristics));
        this.collection = null;
        this.it = iterator;
    }

    /** Of unknown size. */
    IteratorSpliterator(Iterator<? extends T> iterator, int characteristics) {
        super(Long.MAX_VALUE, Spliterators.unsized(characteristics));
        this.collection = null;
        this.it = iterator;
    }

    /** The iterator, taken from the collection (and the size with it) at first use. */
    private Iterator<? extends T> iterator() {
        if (it == null) {
            it = collection.iterator();
            est = (long) collection.size();
        }
        return it;
    }

    @Override
    public Spliterator<T> trySplit() {
        Iterator<? extends T> i = iterator();
        int n = nextBatch();
        if (n == 0 || !i.hasNext()) {
            return null;
        }
        Object[] a = new Object[n];
        int j = 0;
        do {
            a[j] = i.next();
        } while (++j < n && i.hasNext());
        took(j);
        return new ArraySpliterator<T>(a, 0, j, characteristics);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        ((Iterator<T>) iterator()).forEachRemaining(action);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Iterator<? extends T> i = iterator();
        if (i.hasNext()) {
            action.accept(i.next());
            return true;
        }
        return false;
    }

    @Override
    public long estimateSize() {
        iterator();
        return est;
    }
}
