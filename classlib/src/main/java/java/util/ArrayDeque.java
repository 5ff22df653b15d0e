package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A deque in a circular array: elements from head up to (not including) tail, wrapping, with at
 * least one free slot. No nulls. The array grows as the JDK's does (doubling plus two while small,
 * then by half) and removal from the middle moves the shorter side, so the layout, and with it
 * the behaviour of iterators across modifications (weakly fail-fast: they throw
 * ConcurrentModificationException when they meet a vacated slot), is the JDK's.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 2340985798034038923L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[numElements < 1 ? 1 : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        copyElements(c);
    }

    // ---- circular index arithmetic ----

    static int inc(int i, int modulus) {
        return ++i >= modulus ? 0 : i;
    }

    static int dec(int i, int modulus) {
        return --i < 0 ? modulus - 1 : i;
    }

    /** (i - j) mod modulus, for i and j in range. */
    static int sub(int i, int j, int modulus) {
        int d = i - j;
        return d < 0 ? d + modulus : d;
    }

    @SuppressWarnings("unchecked")
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    /** The element at i, which must be there: a vacated slot means concurrent modification. */
    static <E> E nonNullElementAt(Object[] es, int i) {
        E e = elementAt(es, i);
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    private static void circularClear(Object[] es, int i, int end) {
        for (int to = i <= end ? end : es.length;; i = 0, to = end) {
            for (; i < to; i++) {
                es[i] = null;
            }
            if (to == end) {
                break;
            }
        }
    }

    /** Grows by at least {@code needed} slots; the part from head to the old end moves to the new end. */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + jump;
        if (jump < needed || newCapacity - MAX_ARRAY_SIZE > 0) {
            newCapacity = newCapacity(needed, jump);
        }
        Object[] es = Arrays.copyOf(elements, newCapacity);
        elements = es;
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = head + newSpace; i < to; i++) {
                es[i] = null;
            }
            head += newSpace;
        }
    }

    private int newCapacity(int needed, int jump) {
        int oldCapacity = elements.length;
        int minCapacity = oldCapacity + needed;
        if (minCapacity - MAX_ARRAY_SIZE > 0) {
            if (minCapacity < 0) {
                throw new IllegalStateException("Sorry, deque too big");
            }
            return Integer.MAX_VALUE;
        }
        if (needed > jump) {
            return minCapacity;
        }
        return oldCapacity + jump - MAX_ARRAY_SIZE < 0 ? oldCapacity + jump : MAX_ARRAY_SIZE;
    }

    // ---- insertion ----

    @Override
    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        head = dec(head, es.length);
        es[head] = e;
        if (head == tail) {
            grow(1);
        }
    }

    @Override
    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        tail = inc(tail, es.length);
        if (head == tail) {
            grow(1);
        }
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        int s = size();
        int needed = s + c.size() + 1 - elements.length;
        if (needed > 0) {
            grow(needed);
        }
        copyElements(c);
        return size() > s;
    }

    private void copyElements(Collection<? extends E> c) {
        c.forEach(new Consumer<E>() {
            @Override
            public void accept(E e) {
                addLast(e);
            }
        });
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    // ---- removal at the ends ----

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = elementAt(es, h);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @Override
    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = elementAt(es, t);
        if (e != null) {
            es[t] = null;
            tail = t;
        }
        return e;
    }

    @Override
    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E peekFirst() {
        return elementAt(elements, head);
    }

    @Override
    public E peekLast() {
        Object[] es = elements;
        return elementAt(es, dec(tail, es.length));
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, end = tail, to = i <= end ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = tail, end = head, to = i >= end ? end : 0;; i = es.length, to = end) {
                for (i--; i > to - 1; i--) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
    }

    // ---- queue and stack ----

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at i by moving the shorter side over it. Returns true if the elements
     * after i moved back (the tail side), false if those before moved forward.
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int h = head;
        int t = tail;
        int front = sub(i, h, capacity);
        int back = sub(t, i, capacity) - 1;
        if (front < back) {
            if (h <= i) {
                System.arraycopy(es, h, es, h + 1, front);
            } else {
                System.arraycopy(es, 0, es, 1, i);
                es[0] = es[capacity - 1];
                System.arraycopy(es, h, es, h + 1, front - (i + 1));
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        }
        tail = dec(t, capacity);
        if (i <= tail) {
            System.arraycopy(es, i + 1, es, i, back);
        } else {
            System.arraycopy(es, i + 1, es, i, capacity - (i + 1));
            es[capacity - 1] = es[0];
            System.arraycopy(es, 1, es, 0, t - 1);
        }
        es[tail] = null;
        return true;
    }

    // ---- collection ----

    @Override
    public int size() {
        return sub(tail, head, elements.length);
    }

    @Override
    public boolean isEmpty() {
        return head == tail;
    }

    @Override
    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, end = tail, to = i <= end ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    if (o.equals(es[i])) {
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public void clear() {
        circularClear(elements, head, tail);
        head = 0;
        tail = 0;
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        for (int i = head, end = tail, to = i <= end ? end : es.length;; i = 0, to = end) {
            for (; i < to; i++) {
                action.accept(ArrayDeque.<E>elementAt(es, i));
            }
            if (to == end) {
                if (end != tail) {
                    throw new ConcurrentModificationException();
                }
                break;
            }
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    @Override
    public boolean removeAll(final Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<E>() {
            @Override
            public boolean test(E e) {
                return c.contains(e);
            }
        });
    }

    @Override
    public boolean retainAll(final Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<E>() {
            @Override
            public boolean test(E e) {
                return !c.contains(e);
            }
        });
    }

    /** Tests from head; from the first accepted element on, tests all, then compacts towards head. */
    private boolean bulkRemove(Predicate<? super E> filter) {
        Object[] es = elements;
        int capacity = es.length;
        int end = tail;
        int beg = -1;
        for (int i = head; i != end; i = inc(i, capacity)) {
            if (filter.test(ArrayDeque.<E>elementAt(es, i))) {
                beg = i;
                break;
            }
        }
        if (beg < 0) {
            if (end != tail) {
                throw new ConcurrentModificationException();
            }
            return false;
        }
        boolean[] doomed = new boolean[sub(end, beg, capacity)];
        doomed[0] = true;
        for (int i = inc(beg, capacity), k = 1; i != end; i = inc(i, capacity), k++) {
            doomed[k] = filter.test(ArrayDeque.<E>elementAt(es, i));
        }
        int w = beg;
        for (int i = inc(beg, capacity), k = 1; i != end; i = inc(i, capacity), k++) {
            if (!doomed[k]) {
                es[w] = es[i];
                w = inc(w, capacity);
            }
        }
        if (end != tail) {
            throw new ConcurrentModificationException();
        }
        tail = w;
        circularClear(es, w, end);
        return true;
    }

    @Override
    public Object[] toArray() {
        return toArray(new Object[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        T[] r = size > a.length ? (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size) : a;
        Object[] es = elements;
        int j = 0;
        for (int i = head; j < size; i = inc(i, es.length)) {
            r[j++] = (T) es[i];
        }
        if (size < r.length) {
            r[size] = null;
        }
        return r;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }

    // ---- iterators ----

    /** Late-binding, weakly fail-fast (vacated slots), as the JDK's DeqSpliterator. */
    @Override
    public Spliterator<E> spliterator() {
        return new DequeSpliterator<E>(this);
    }

    @Override
    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    /** Head to tail; remaining counts down from the size at creation. */
    private class DeqIterator implements Iterator<E> {
        int cursor;
        int remaining = size();
        int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        @Override
        public final boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = inc(cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (leftShifted) {
                cursor = dec(cursor, elements.length);
            }
        }

        @Override
        public final void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            postDelete(delete(lastRet));
            lastRet = -1;
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int r = remaining;
            if (r <= 0) {
                return;
            }
            remaining = 0;
            Object[] es = elements;
            if (es[cursor] == null || sub(tail, cursor, es.length) != r) {
                throw new ConcurrentModificationException();
            }
            for (int i = cursor, end = tail, to = i <= end ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    action.accept(ArrayDeque.<E>elementAt(es, i));
                }
                if (to == end) {
                    if (end != tail) {
                        throw new ConcurrentModificationException();
                    }
                    lastRet = dec(end, es.length);
                    break;
                }
            }
        }
    }

    /** Tail to head. */
    private class DescendingIterator extends DeqIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        @Override
        public final E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = dec(cursor, es.length);
            remaining--;
            return e;
        }

        @Override
        void postDelete(boolean leftShifted) {
            if (!leftShifted) {
                cursor = inc(cursor, elements.length);
            }
        }

        @Override
        public final void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int r = remaining;
            if (r <= 0) {
                return;
            }
            remaining = 0;
            Object[] es = elements;
            if (es[cursor] == null || sub(cursor, head, es.length) + 1 != r) {
                throw new ConcurrentModificationException();
            }
            for (int i = cursor, end = head, to = i >= end ? end : 0;; i = es.length - 1, to = end) {
                for (; i > to - 1; i--) {
                    action.accept(ArrayDeque.<E>elementAt(es, i));
                }
                if (to == end) {
                    if (end != head) {
                        throw new ConcurrentModificationException();
                    }
                    lastRet = end;
                    break;
                }
            }
        }
    }
}
