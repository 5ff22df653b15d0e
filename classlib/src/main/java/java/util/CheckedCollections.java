package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The dynamically type-safe views of Collections.checkedCollection, checkedQueue, checkedSet and
 * checkedList: every insertion checks its element against the element type first
 * (ClassCastException "Attempt to insert class X element into collection with element type class
 * Y"; null passes), addAll checks a copy of all the elements before adding any; everything else
 * goes to the backing collection. As the JDK's: a checked collection keeps Object's equals and
 * hashCode, queues, sets and lists delegate them; iterators are wrapped (list iterators check
 * their set and add); the spliterator is the backing collection's.
 */
final class CheckedCollections {
    private CheckedCollections() {
    }

    /** The element itself if it may go into a container of this type; else the JDK's exception. */
    static <E> E check(Object o, Class<E> type, String role, String container) {
        if (o != null && !type.isInstance(o)) {
            throw new ClassCastException("Attempt to insert " + o.getClass() + " " + role + " into " + container
                    + " with " + role + " type " + type);
        }
        @SuppressWarnings("unchecked")
        E e = (E) o;
        return e;
    }

    static class CheckedCollection<E> implements Collection<E>, java.io.Serializable {
        private static final long serialVersionUID = 1578914078182001775L;
        final Collection<E> c;
        final Class<E> type;
        private E[] zeroLengthElementArray;

        CheckedCollection(Collection<E> c, Class<E> type) {
            this.c = Objects.requireNonNull(c, "c");
            this.type = Objects.requireNonNull(type, "type");
        }

        final E typeCheck(Object o) {
            return check(o, type, "element", "collection");
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean isEmpty() {
            return c.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Object[] toArray() {
            return c.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        @Override
        public <T> T[] toArray(IntFunction<T[]> f) {
            return c.toArray(f);
        }

        @Override
        public String toString() {
            return c.toString();
        }

        @Override
        public boolean remove(Object o) {
            return c.remove(o);
        }

        @Override
        public void clear() {
            c.clear();
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override
        public boolean removeAll(Collection<?> coll) {
            return c.removeAll(coll);
        }

        @Override
        public boolean retainAll(Collection<?> coll) {
            return c.retainAll(coll);
        }

        @Override
        public Iterator<E> iterator() {
            return new CheckedIterator<E>(c.iterator());
        }

        @Override
        public boolean add(E e) {
            return c.add(typeCheck(e));
        }

        @SuppressWarnings("unchecked")
        private E[] zeroLengthElementArray() {
            if (zeroLengthElementArray == null) {
                zeroLengthElementArray = (E[]) java.lang.reflect.Array.newInstance(type, 0);
            }
            return zeroLengthElementArray;
        }

        /**
         * The elements of {@code coll}, all checked, as a list: its toArray into an array of the
         * element type (whose stores check them), else each element checked in turn.
         */
        @SuppressWarnings("unchecked")
        final Collection<E> checkedCopyOf(Collection<? extends E> coll) {
            Object[] a;
            try {
                E[] z = zeroLengthElementArray();
                a = coll.toArray(z);
                if (a.getClass() != z.getClass()) {
                    a = Arrays.copyOf(a, a.length, z.getClass());
                }
            } catch (ArrayStoreException ignore) {
                a = coll.toArray().clone();
                for (Object o : a) {
                    typeCheck(o);
                }
            }
            return (Collection<E>) Arrays.asList(a);
        }

        @Override
        public boolean addAll(Collection<? extends E> coll) {
            return c.addAll(checkedCopyOf(coll));
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            c.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return c.removeIf(filter);
        }

        @Override
        public Spliterator<E> spliterator() {
            return c.spliterator();
        }
    }

    /** Hides the backing iterator (which might be a list iterator) behind Iterator's methods. */
    private static class CheckedIterator<E> implements Iterator<E> {
        private final Iterator<E> it;

        CheckedIterator(Iterator<E> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public E next() {
            return it.next();
        }

        @Override
        public void remove() {
            it.remove();
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            it.forEachRemaining(action);
        }
    }

    static final class CheckedQueue<E> extends CheckedCollection<E> implements Queue<E> {
        private static final long serialVersionUID = 1433151992604707767L;
        final Queue<E> queue;

        CheckedQueue(Queue<E> queue, Class<E> elementType) {
            super(queue, elementType);
            this.queue = queue;
        }

        @Override
        public E element() {
            return queue.element();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }

        @Override
        public E peek() {
            return queue.peek();
        }

        @Override
        public E poll() {
            return queue.poll();
        }

        @Override
        public E remove() {
            return queue.remove();
        }

        @Override
        public boolean offer(E e) {
            return queue.offer(typeCheck(e));
        }
    }

    static class CheckedSet<E> extends CheckedCollection<E> implements Set<E> {
        private static final long serialVersionUID = 4694047833775013803L;

        CheckedSet(Set<E> s, Class<E> elementType) {
            super(s, elementType);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }
    }

    static class CheckedList<E> extends CheckedCollection<E> implements List<E> {
        private static final long serialVersionUID = 65247728283967356L;
        final List<E> list;

        CheckedList(List<E> list, Class<E> type) {
            super(list, type);
            this.list = list;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        @Override
        public int hashCode() {
            return list.hashCode();
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public E remove(int index) {
            return list.remove(index);
        }

        @Override
        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        @Override
        public E set(int index, E element) {
            return list.set(index, typeCheck(element));
        }

        @Override
        public void add(int index, E element) {
            list.add(index, typeCheck(element));
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> coll) {
            return list.addAll(index, checkedCopyOf(coll));
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            return new CheckedListIterator(list.listIterator(index));
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new CheckedList<E>(list.subList(fromIndex, toIndex), type);
        }

        /** Checks each new element; the list may be partly replaced when one fails. */
        @Override
        public void replaceAll(final UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            list.replaceAll(new UnaryOperator<E>() {
                @Override
                public E apply(E e) {
                    return typeCheck(operator.apply(e));
                }
            });
        }

        @Override
        public void sort(Comparator<? super E> cmp) {
            list.sort(cmp);
        }

        /** The backing list iterator, its set and add checked. */
        private final class CheckedListIterator extends CheckedIterator<E> implements ListIterator<E> {
            private final ListIterator<E> i;

            CheckedListIterator(ListIterator<E> i) {
                super(i);
                this.i = i;
            }

            @Override
            public boolean hasPrevious() {
                return i.hasPrevious();
            }

            @Override
            public E previous() {
                return i.previous();
            }

            @Override
            public int nextIndex() {
                return i.nextIndex();
            }

            @Override
            public int previousIndex() {
                return i.previousIndex();
            }

            @Override
            public void set(E e) {
                i.set(typeCheck(e));
            }

            @Override
            public void add(E e) {
                i.add(typeCheck(e));
            }
        }
    }

    static final class CheckedRandomAccessList<E> extends CheckedList<E> implements RandomAccess {
        private static final long serialVersionUID = 1638200125423088369L;

        CheckedRandomAccessList(List<E> list, Class<E> type) {
            super(list, type);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new CheckedRandomAccessList<E>(list.subList(fromIndex, toIndex), type);
        }
    }
}
