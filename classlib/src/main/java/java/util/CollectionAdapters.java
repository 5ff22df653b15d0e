package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Collections.newSetFromMap (a set of the keys of an empty map, added as Boolean.TRUE) and
 * Collections.asLifoQueue (a deque used at its front). Both pass every call on, as the JDK's.
 */
final class CollectionAdapters {
    private CollectionAdapters() {
    }

    static final class SetFromMap<E> extends AbstractSet<E> implements Set<E>, java.io.Serializable {
        private static final long serialVersionUID = 2454657854757543876L;
        private final Map<E, Boolean> m;
        private final transient Set<E> s;

        SetFromMap(Map<E, Boolean> map) {
            if (!map.isEmpty()) {
                throw new IllegalArgumentException("Map is non-empty");
            }
            m = map;
            s = map.keySet();
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        @Override
        public boolean add(E e) {
            return m.put(e, Boolean.TRUE) == null;
        }

        @Override
        public Iterator<E> iterator() {
            return s.iterator();
        }

        @Override
        public Object[] toArray() {
            return s.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return s.toArray(a);
        }

        @Override
        public String toString() {
            return s.toString();
        }

        @Override
        public int hashCode() {
            return s.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || s.equals(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return s.containsAll(c);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return s.removeAll(c);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return s.retainAll(c);
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            s.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return s.removeIf(filter);
        }

        @Override
        public Spliterator<E> spliterator() {
            return s.spliterator();
        }
    }

    static final class AsLifoQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
        private static final long serialVersionUID = 1802017725587941708L;
        private final Deque<E> q;

        AsLifoQueue(Deque<E> q) {
            this.q = q;
        }

        @Override
        public boolean add(E e) {
            q.addFirst(e);
            return true;
        }

        @Override
        public boolean offer(E e) {
            return q.offerFirst(e);
        }

        @Override
        public E poll() {
            return q.pollFirst();
        }

        @Override
        public E remove() {
            return q.removeFirst();
        }

        @Override
        public E peek() {
            return q.peekFirst();
        }

        @Override
        public E element() {
            return q.getFirst();
        }

        @Override
        public void clear() {
            q.clear();
        }

        @Override
        public int size() {
            return q.size();
        }

        @Override
        public boolean isEmpty() {
            return q.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return q.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return q.remove(o);
        }

        @Override
        public Iterator<E> iterator() {
            return q.iterator();
        }

        @Override
        public Object[] toArray() {
            return q.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return q.toArray(a);
        }

        @Override
        public <T> T[] toArray(IntFunction<T[]> generator) {
            return q.toArray(generator);
        }

        @Override
        public String toString() {
            return q.toString();
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return q.containsAll(c);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return q.removeAll(c);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return q.retainAll(c);
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            q.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return q.removeIf(filter);
        }

        @Override
        public Spliterator<E> spliterator() {
            return q.spliterator();
        }
    }
}
