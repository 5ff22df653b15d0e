package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of an ArrayList or of one of its sublists: the end and the expected modCount are
 * fixed at first use (from the sublist, if any, else from the list); it halves on split;
 * tryAdvance checks the list's modCount after each element and forEachRemaining once at the end,
 * reading the list's array as it is then, as the JDK's ArrayListSpliterator and SubList
 * spliterator.
 */
final class ArrayListSpliterator<E> extends RangeSpliterator<E> {
    private final ArrayList<E> list;
    /** The sublist whose range and modCount are bound at first use, or null. */
    private final SubList<E> sub;

    ArrayListSpliterator(ArrayList<E> list, SubList<E> sub, int origin, int fence, int expectedModCount) {
        super(origin, fence, expectedModCount);
        this.list = list;
        this.sub = sub;
    }

    /** The modCount of the source whose range this covers (the sublist's own, if any). */
    private int sourceModCount() {
        return sub == null ? list.modCount : sub.modCount;
    }

    /** The end of the source's range now. */
    private int sourceFence() {
        return sub == null ? list.size : sub.offset + sub.size;
    }

    @Override
    void bind() {
        expectedModCount = sourceModCount();
        fence = sourceFence();
    }

    @Override
    public Spliterator<E> trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new ArrayListSpliterator<E>(list, null, lo, index, expectedModCount);
    }

    @Override
    @SuppressWarnings("unchecked")
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
        action.accept((E) list.elementData[i]);
        if (list.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Object[] a = list.elementData;
        if (a != null) {
            int hi = fence;
            int mc;
            if (hi < 0) {
                mc = sourceModCount();
                hi = sourceFence();
            } else {
                mc = expectedModCount;
            }
            int i = index;
            if (i >= 0) {
                index = hi;
                if (hi <= a.length) {
                    for (; i < hi; ++i) {
                        action.accept((E) a[i]);
                    }
                    if (list.modCount == mc) {
                        return;
                    }
                }
            }
        }
        throw new ConcurrentModificationException();
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }
}
