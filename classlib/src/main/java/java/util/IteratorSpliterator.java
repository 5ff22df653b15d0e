package java.util;

import java.util.function.Consumer;

/**
 * A spliterator over a collection's iterator (taken, with the size, at first use) or over a given
 * iterator. Splitting copies the next batch of elements into an array spliterator: 1024 the first
 * time, 1024 more each time after, as the JDK's Spliterators.IteratorSpliterator. Unless
 * CONCURRENT, a collection or sized iterator makes it SIZED and SUBSIZED.
 */
class IteratorSpliterator<T> implements Spliterator<T> {
    private final Collection<? extends T> collection;
    private Iterator<? extends T> it;
    private final int characteristics;
    private long est;
    private int batch;

    IteratorSpliterator(Collection<? extends T> collection, int characteristics) {
        this.collection = collection;
        this.characteristics = Spliterators.sizedUnlessConcurrent(characteristics);
    }

    IteratorSpliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        this.collection = null;
        this.it = iterator;
        this.est = size;
        this.characteristics = Spliterators.sizedUnlessConcurrent(characteristics);
    }

    /** Of unknown size. */
    IteratorSpliterator(Iterator<? extends T> iterator, int characteristics) {
        this.collection = null;
        this.it = iterator;
        this.est = Long.MAX_VALUE;
        this.characteristics = Spliterators.unsized(characteristics);
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
        long s = est;
        if (s <= 1 || !i.hasNext()) {
            return null;
        }
        int n = Spliterators.batchSize(batch, s);
        Object[] a = new Object[n];
        int j = 0;
        do {
            a[j] = i.next();
        } while (++j < n && i.hasNext());
        batch = j;
        if (est != Long.MAX_VALUE) {
            est -= j;
        }
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

    @Override
    public int characteristics() {
        return characteristics;
    }

    @Override
    public Comparator<? super T> getComparator() {
        return Spliterators.comparatorIfSorted(this);
    }
}
