package java.util;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The immutable collections of Collections: empty, singleton and nCopies. Mutators throw
 * UnsupportedOperationException (through AbstractCollection and AbstractList).
 */
final class ConstantCollections {
    private ConstantCollections() {
    }

    /** The empty iterator. */
    static class EmptyIterator<E> implements Iterator<E> {
        static final EmptyIterator<Object> INSTANCE = new EmptyIterator<Object>();

        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public E next() {
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            throw new IllegalStateException();
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }
    }

    /** The empty list iterator. */
    static final class EmptyListIterator<E> extends EmptyIterator<E> implements ListIterator<E> {
        static final EmptyListIterator<Object> INSTANCE = new EmptyListIterator<Object>();

        @Override
        public boolean hasPrevious() {
            return false;
        }

        @Override
        public E previous() {
            throw new NoSuchElementException();
        }

        @Override
        public int nextIndex() {
            return 0;
        }

        @Override
        public int previousIndex() {
            return -1;
        }

        @Override
        public void set(E e) {
            throw new IllegalStateException();
        }

        @Override
        public void add(E e) {
            throw new UnsupportedOperationException();
        }
    }

    /** The empty enumeration. */
    static final class EmptyEnumeration<E> implements Enumeration<E> {
        static final EmptyEnumeration<Object> INSTANCE = new EmptyEnumeration<Object>();

        @Override
        public boolean hasMoreElements() {
            return false;
        }

        @Override
        public E nextElement() {
            throw new NoSuchElementException();
        }

        @Override
        public Iterator<E> asIterator() {
            return Collections.emptyIterator();
        }
    }

    static final class EmptyList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 8842843931221139166L;

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            return (Iterator<E>) EmptyIterator.INSTANCE;
        }

        @Override
        public Spliterator<E> spliterator() {
            return Spliterators.emptySpliterator();
        }

        @Override
        @SuppressWarnings("unchecked")
        public ListIterator<E> listIterator() {
            return (ListIterator<E>) EmptyListIterator.INSTANCE;
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {
        }

        @Override
        public boolean contains(Object obj) {
            return false;
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override
        public Object[] toArray() {
            return new Object[0];
        }

        @Override
        public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override
        public E get(int index) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }

        @Override
        public boolean equals(Object o) {
            return (o instanceof List) && ((List<?>) o).isEmpty();
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
        }

        @Override
        public void sort(Comparator<? super E> c) {
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }
    }

    static final class EmptySet<E> extends AbstractSet<E> implements java.io.Serializable {
        private static final long serialVersionUID = 1582296315990362920L;

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            return (Iterator<E>) EmptyIterator.INSTANCE;
        }

        @Override
        public Spliterator<E> spliterator() {
            return Spliterators.emptySpliterator();
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {
        }

        @Override
        public boolean contains(Object obj) {
            return false;
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override
        public Object[] toArray() {
            return new Object[0];
        }

        @Override
        public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static final class EmptyMap<K, V> extends AbstractMap<K, V> implements ReadOnlyMap<K, V>, java.io.Serializable {
        private static final long serialVersionUID = 6428348081105594320L;

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void clear() {
        }

        @Override
        public boolean containsKey(Object key) {
            return false;
        }

        @Override
        public boolean containsValue(Object value) {
            return false;
        }

        @Override
        public V get(Object key) {
            return null;
        }

        @Override
        public Set<K> keySet() {
            return Collections.emptySet();
        }

        @Override
        public Collection<V> values() {
            return Collections.emptySet();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return Collections.emptySet();
        }

        @Override
        public boolean equals(Object o) {
            return (o instanceof Map) && ((Map<?, ?>) o).isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public V getOrDefault(Object k, V defaultValue) {
            return defaultValue;
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
            Objects.requireNonNull(action);
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            Objects.requireNonNull(function);
        }

    }

    /** Iterates one element once. */
    static <E> Iterator<E> singletonIterator(final E e) {
        return new Iterator<E>() {
            private boolean hasNext = true;

            @Override
            public boolean hasNext() {
                return hasNext;
            }

            @Override
            public E next() {
                if (hasNext) {
                    hasNext = false;
                    return e;
                }
                throw new NoSuchElementException();
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (hasNext) {
                    hasNext = false;
                    action.accept(e);
                }
            }
        };
    }

    /**
     * The spliterator of a singleton set or list: one element, never split; SIZED, SUBSIZED,
     * IMMUTABLE, DISTINCT, ORDERED, and NONNULL unless the element is null.
     */
    static final class SingletonSpliterator<E> implements Spliterator<E> {
        private final E element;
        private long est = 1;

        SingletonSpliterator(E element) {
            this.element = element;
        }

        @Override
        public Spliterator<E> trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(java.util.function.Consumer<? super E> action) {
            Objects.requireNonNull(action);
            if (est > 0) {
                est--;
                action.accept(element);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(java.util.function.Consumer<? super E> action) {
            tryAdvance(action);
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            int value = element != null ? Spliterator.NONNULL : 0;
            return value | Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.IMMUTABLE | Spliterator.DISTINCT
                    | Spliterator.ORDERED;
        }
    }

    static final class SingletonSet<E> extends AbstractSet<E> implements java.io.Serializable {
        private static final long serialVersionUID = 3193687207550431679L;
        private final E element;

        SingletonSet(E e) {
            element = e;
        }

        @Override
        public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override
        public Spliterator<E> spliterator() {
            return new SingletonSpliterator<E>(element);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean contains(Object o) {
            return Collections.eq(o, element);
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(element);
        }
    }

    static final class SingletonList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 3093736618740652951L;
        private final E element;

        SingletonList(E obj) {
            element = obj;
        }

        @Override
        public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override
        public Spliterator<E> spliterator() {
            return new SingletonSpliterator<E>(element);
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean contains(Object obj) {
            return Collections.eq(obj, element);
        }

        @Override
        public E get(int index) {
            if (index != 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            }
            return element;
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super E> c) {
        }

        @Override
        public int hashCode() {
            return 31 + Objects.hashCode(element);
        }
    }

    static final class SingletonMap<K, V> extends AbstractMap<K, V> implements ReadOnlyMap<K, V>,
            java.io.Serializable {
        private static final long serialVersionUID = -6979724477215052911L;
        private final K k;
        private final V v;

        SingletonMap(K key, V value) {
            k = key;
            v = value;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public boolean containsKey(Object key) {
            return Collections.eq(key, k);
        }

        @Override
        public boolean containsValue(Object value) {
            return Collections.eq(value, v);
        }

        @Override
        public V get(Object key) {
            return Collections.eq(key, k) ? v : null;
        }

        @Override
        public Set<K> keySet() {
            return Collections.singleton(k);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return Collections.<Map.Entry<K, V>>singleton(new AbstractMap.SimpleImmutableEntry<K, V>(k, v));
        }

        @Override
        public Collection<V> values() {
            return Collections.singleton(v);
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            return Collections.eq(key, k) ? v : defaultValue;
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
            action.accept(k, v);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(k) ^ Objects.hashCode(v);
        }
    }

    /** n copies of one element. */
    static final class CopiesList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 2739099268398711800L;
        final int n;
        final E element;

        CopiesList(int n, E e) {
            this.n = n;
            element = e;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public boolean contains(Object obj) {
            return n != 0 && Collections.eq(obj, element);
        }

        @Override
        public int indexOf(Object o) {
            return contains(o) ? 0 : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return contains(o) ? n - 1 : -1;
        }

        @Override
        public Spliterator<E> spliterator() {
            return new CopiesSpliterator<E>(n, element);
        }

        /** With the JDK's message ("Index: i, Size: n"), not Objects.checkIndex's. */
        @Override
        public E get(int index) {
            if (index < 0 || index >= n) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            return element;
        }

        @Override
        public Object[] toArray() {
            Object[] a = new Object[n];
            if (element != null) {
                Arrays.fill(a, 0, n, element);
            }
            return a;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int n = this.n;
            if (a.length < n) {
                a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
                if (element != null) {
                    Arrays.fill(a, 0, n, element);
                }
            } else {
                Arrays.fill(a, 0, n, element);
                if (a.length > n) {
                    a[n] = null;
                }
            }
            return a;
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            if (fromIndex < 0) {
                throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
            }
            if (toIndex > n) {
                throw new IndexOutOfBoundsException("toIndex = " + toIndex);
            }
            if (fromIndex > toIndex) {
                throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
            }
            return new CopiesList<E>(toIndex - fromIndex, element);
        }

        /** The List hash 31^n + h(e) * (31^(n-1) + ... + 1), by doubling over the bits of n. */
        @Override
        public int hashCode() {
            int pow = 1;
            int sum = 0;
            for (int bit = 31 - Integer.numberOfLeadingZeros(n); bit >= 0; bit--) {
                sum *= 1 + pow;
                pow *= pow;
                if ((n >>> bit & 1) != 0) {
                    sum = sum * 31 + 1;
                    pow *= 31;
                }
            }
            return pow + sum * (element == null ? 0 : element.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (o instanceof CopiesList) {
                CopiesList<?> other = (CopiesList<?>) o;
                return n == other.n && (n == 0 || Collections.eq(element, other.element));
            }
            if (!(o instanceof List)) {
                return false;
            }
            int remaining = n;
            Iterator<?> itr = ((List<?>) o).iterator();
            while (itr.hasNext()) {
                if (remaining-- <= 0 || !Collections.eq(element, itr.next())) {
                    return false;
                }
            }
            return remaining == 0;
        }
    }
}
