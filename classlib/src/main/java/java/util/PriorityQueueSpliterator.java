package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a PriorityQueue: the heap array in index order (no order of priority, so
 * not ORDERED); the end and expected modCount fixed at first use; halves on split; a vacated slot
 * or a changed modCount is a ConcurrentModificationException (tryAdvance before handing out the
 * element, forEachRemaining after its loop), as the JDK's PriorityQueue.PriorityQueueSpliterator.
 */
final class PriorityQueueSpliterator<E> extends RangeSpliterator<E> {
    private final PriorityQueue<E> queue;

    PriorityQueueSpliterator(PriorityQueue<E> queue, int origin, int fence, int expectedModCount) {
        super(origin, fence, expectedModCount);
        this.queue = queue;
    }

    @Override
    void bind() {
        expectedModCount = queue.modCount;
        fence = queue.size;
    }

    @Override
    public Spliterator<E> trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new PriorityQueueSpliterator<E>(queue, lo, index, expectedModCount);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int hi = getFence();
        Object[] es = queue.queue;
        int i = index;
        index = hi;
        for (; i < hi; i++) {
            E e = (E) es[i];
            if (e == null) {
                break;
            }
            action.accept(e);
        }
        if (queue.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean tryAdvance(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int i = index;
        if (i < getFence()) {
            index = i + 1;
            E e = (E) queue.queue[i];
            if (e == null || queue.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            action.accept(e);
            return true;
        }
        return false;
    }

    @Override
    public int characteristics() {
        return SIZED | SUBSIZED | NONNULL;
    }
}
