package java.util;

import java.util.function.Consumer;

/**
 * The default spliterator of a RandomAccess list: elements by get(i), the end fixed at first use,
 * halves on split; an AbstractList's modCount is checked after each element (tryAdvance) or at
 * the end (forEachRemaining), and an index error of get counts as a concurrent modification, as
 * the JDK's AbstractList.RandomAccessSpliterator.
 */
final class RandomAccessSpliterator<E> implements Spliterator<E> {
    private final List<E> list;
    private int index;
    /** One past the last index; -1 until first use. */
    private int fence;
    private final AbstractList<E> alist;
    private int expectedModCount;

    RandomAccessSpliterator(List<E> list) {
        this.list = list;
        this.fence = -1;
        this.alist = list instanceof AbstractList ? (AbstractList<E>) list : null;
        this.expectedModCount = alist != null ? alist.modCount : 0;
    }

    private RandomAccessSpliterator(RandomAccessSpliterator<E> parent, int origin, int fence) {
        this.list = parent.list;
        this.index = origin;
        this.fence = fence;
        this.alist = parent.alist;
        this.expectedModCount = parent.expectedModCount;
    }

    private int getFence() {
        if (fence < 0) {
            if (alist != null) {
                expectedModCount = alist.modCount;
            }
            fence = list.size();
        }
        return fence;
    }

    @Override
    public Spliterator<E> trySplit() {
        int hi = getFence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid) {
            return null;
        }
        index = mid;
        return new RandomAccessSpliterator<E>(this, lo, mid);
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int hi = getFence();
        int i = index;
        if (i >= hi) {
            return false;
        }
        index = i + 1;
        action.accept(get(list, i));
        checkModCount();
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int hi = getFence();
        int i = index;
        index = hi;
        for (; i < hi; i++) {
            action.accept(get(list, i));
        }
        checkModCount();
    }

    private static <E> E get(List<E> list, int i) {
        try {
            return list.get(i);
        } catch (IndexOutOfBoundsException ex) {
            throw new ConcurrentModificationException();
        }
    }

    private void checkModCount() {
        if (alist != null && alist.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public long estimateSize() {
        return (long) (getFence() - index);
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }
}
