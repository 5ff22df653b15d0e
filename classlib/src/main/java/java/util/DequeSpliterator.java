package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of an ArrayDeque: slots from cursor up to fence in the circular array (head and
 * tail fixed at first use), halving what remains on split (wrapping); tryAdvance throws
 * ConcurrentModificationException on a vacated slot, forEachRemaining when either end of its range
 * is vacated, as the JDK's ArrayDeque.DeqSpliterator. NONNULL, ORDERED, SIZED, SUBSIZED.
 */
final class DequeSpliterator<E> implements Spliterator<E> {
    private final ArrayDeque<E> deque;
    /** One past the last slot; -1 until first use. */
    private int fence;
    private int cursor;

    DequeSpliterator(ArrayDeque<E> deque) {
        this.deque = deque;
        this.fence = -1;
    }

    private DequeSpliterator(ArrayDeque<E> deque, int origin, int fence) {
        this.deque = deque;
        this.cursor = origin;
        this.fence = fence;
    }

    private int getFence() {
        int t = fence;
        if (t < 0) {
            t = deque.tail;
            fence = t;
            cursor = deque.head;
        }
        return t;
    }

    @Override
    public Spliterator<E> trySplit() {
        Object[] es = deque.elements;
        int hi = getFence();
        int i = cursor;
        int n = ArrayDeque.sub(hi, i, es.length) >> 1;
        if (n <= 0) {
            return null;
        }
        int mid = i + n;
        cursor = mid - es.length >= 0 ? mid - es.length : mid;
        return new DequeSpliterator<E>(deque, i, cursor);
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int end = getFence();
        int start = cursor;
        Object[] es = deque.elements;
        if (start != end) {
            cursor = end;
            if (es[start] == null || es[ArrayDeque.dec(end, es.length)] == null) {
                throw new ConcurrentModificationException();
            }
            for (int i = start, to = i <= end ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    action.accept(ArrayDeque.<E>elementAt(es, i));
                }
                if (to == end) {
                    break;
                }
            }
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = deque.elements;
        getFence();
        int i = cursor;
        if (i == fence) {
            return false;
        }
        E e = ArrayDeque.nonNullElementAt(es, i);
        cursor = ArrayDeque.inc(i, es.length);
        action.accept(e);
        return true;
    }

    @Override
    public long estimateSize() {
        return ArrayDeque.sub(getFence(), cursor, deque.elements.length);
    }

    @Override
    public int characteristics() {
        return NONNULL | ORDERED | SIZED | SUBSIZED;
    }
}
