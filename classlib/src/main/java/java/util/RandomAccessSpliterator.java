package java.util;

import java.util.function.Consumer;

/**
 * The default spliterator of a RandomAccess list: elements by get(i), the end fixed at first use,
 * halves on split; an AbstractList's modCount is checked after each element (tryAdvance) or at
 * the end (forEachRemaining), and an index error of get counts as a concurrent modification, as
 * the JDK's AbstractList.RandomAccessSpliterator.
 */
final class RandomAccessSpliterator<E> extends RangeSpliterator<E> {
    private final List<E> list;
    private final AbstractList<E> alist;

    RandomAccessSpliterator(List<E> list) {
        super(0, -1, list instanceof AbstractList ? ((AbstractList<E>) list).modCount : 0);
        this.list = list;
        this.alist = list instanceof AbstractList ? (AbstractList<E>) list : null;
    }

    private RandomAccessSpliterator(RandomAccessSpliterator<E> parent, int origin, int fence) {
        super(origin, fence, parent.expectedModCount);
        this.list = parent.list;
        this.alist = parent.alist;
    }

    @Override
    void bind() {
        if (alist != null) {
            expectedModCount = alist.modCount;
        }
        fence = list.size();
    }

    @Override
    public Spliterator<E> trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new RandomAccessSpliterator<E>(this, lo, index);
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
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }
}
