package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a LinkedList: from the first node (bound, with the size and modCount, at
 * first use), counting down the estimate; a split copies the next batch of elements (1024, then
 * 1024 more each time) into an ORDERED array spliterator; tryAdvance checks modCount after each
 * element, forEachRemaining once at the end; a walk stops early at an unlinked node (whose next is
 * null), as the JDK's LinkedList.LLSpliterator. ORDERED, SIZED, SUBSIZED.
 */
final class LinkedListSpliterator<E> implements Spliterator<E> {
    private final LinkedList<E> list;
    /** The next node; null until first use. */
    private LinkedList.Node<E> current;
    /** The estimate; -1 until first use. */
    private int est;
    private int expectedModCount;
    private int batch;

    LinkedListSpliterator(LinkedList<E> list) {
        this.list = list;
        this.est = -1;
    }

    private int getEst() {
        int s = est;
        if (s < 0) {
            expectedModCount = list.modCount;
            current = list.first;
            s = list.size;
            est = s;
        }
        return s;
    }

    @Override
    public long estimateSize() {
        return (long) getEst();
    }

    @Override
    public Spliterator<E> trySplit() {
        int s = getEst();
        LinkedList.Node<E> p = current;
        if (s <= 1 || p == null) {
            return null;
        }
        int n = Spliterators.batchSize(batch, s);
        Object[] a = new Object[n];
        int j = 0;
        do {
            a[j++] = p.item;
            p = p.next;
        } while (p != null && j < n);
        current = p;
        batch = j;
        est = s - j;
        return new ArraySpliterator<E>(a, 0, j, ORDERED);
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int n = getEst();
        LinkedList.Node<E> p = current;
        if (n > 0 && p != null) {
            current = null;
            est = 0;
            do {
                E e = p.item;
                p = p.next;
                action.accept(e);
            } while (p != null && --n > 0);
        }
        if (list.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        LinkedList.Node<E> p;
        if (getEst() > 0 && (p = current) != null) {
            --est;
            E e = p.item;
            current = p.next;
            action.accept(e);
            if (list.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return true;
        }
        return false;
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }
}
