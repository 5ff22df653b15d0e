package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The shared behaviour of List.of lists and their sublists: every mutator throws. */
abstract class AbstractImmutableList<E> extends AbstractList<E> implements RandomAccess {
    @Override
    public boolean add(E e) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void add(int index, E element) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void clear() {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean remove(Object o) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public E remove(int index) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public E set(int index, E element) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** A plain iterator: the list-iterator methods of the shared class refuse to work. */
    @Override
    public Iterator<E> iterator() {
        return new Itr(0, false);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Itr(0, true);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw outOfBounds(index);
        }
        return new Itr(index, true);
    }

    IndexOutOfBoundsException outOfBounds(int index) {
        return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size());
        return new SubList<E>(this, fromIndex, toIndex - fromIndex);
    }

    /** A read-only list iterator; the list never changes, so nothing is checked. */
    private final class Itr implements ListIterator<E> {
        private int cursor;
        private final boolean isListIterator;

        Itr(int cursor, boolean isListIterator) {
            this.cursor = cursor;
            this.isListIterator = isListIterator;
        }

        private void checkListIterator() {
            if (!isListIterator) {
                throw ImmutableCollections.uoe();
            }
        }

        @Override
        public boolean hasNext() {
            return cursor != size();
        }

        @Override
        public E next() {
            try {
                E e = get(cursor);
                cursor++;
                return e;
            } catch (IndexOutOfBoundsException ex) {
                throw new NoSuchElementException();
            }
        }

        @Override
        public boolean hasPrevious() {
            checkListIterator();
            return cursor != 0;
        }

        @Override
        public E previous() {
            checkListIterator();
            try {
                E e = get(cursor - 1);
                cursor--;
                return e;
            } catch (IndexOutOfBoundsException ex) {
                throw new NoSuchElementException();
            }
        }

        @Override
        public int nextIndex() {
            checkListIterator();
            return cursor;
        }

        @Override
        public int previousIndex() {
            checkListIterator();
            return cursor - 1;
        }

        @Override
        public void remove() {
            throw ImmutableCollections.uoe();
        }

        @Override
        public void set(E e) {
            throw ImmutableCollections.uoe();
        }

        @Override
        public void add(E e) {
            throw ImmutableCollections.uoe();
        }
    }

    /** subList of an immutable list. */
    private static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        @Override
        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < size; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<E>(root, offset + fromIndex, toIndex - fromIndex);
        }
    }
}
