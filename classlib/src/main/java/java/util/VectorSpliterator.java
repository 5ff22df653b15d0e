package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of a Vector (and a Stack): at first use it fixes the end, the expected modCount
 * and the element array itself, so it keeps reading that array after the vector grows; halves on
 * split; tryAdvance checks modCount after each element, forEachRemaining once at the end, as the
 * JDK's Vector.VectorSpliterator.
 */
final class VectorSpliterator<E> extends RangeSpliterator<E> {
    private final Vector<E> vector;
    private Object[] array;

    VectorSpliterator(Vector<E> vector, Object[] array, int origin, int fence, int expectedModCount) {
        super(origin, fence, expectedModCount);
        this.vector = vector;
        this.array = array;
    }

    @Override
    void bind() {
        array = vector.elementData;
        expectedModCount = vector.modCount;
        fence = vector.elementCount;
    }

    @Override
    public Spliterator<E> trySplit() {
        int lo = splitOff();
        return lo < 0 ? null : new VectorSpliterator<E>(vector, array, lo, index, expectedModCount);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int i = index;
        if (getFence() > i) {
            index = i + 1;
            action.accept((E) array[i]);
            if (vector.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return true;
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int hi = getFence();
        Object[] a = array;
        int i = index;
        index = hi;
        for (; i < hi; i++) {
            action.accept((E) a[i]);
        }
        if (vector.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }
}
