package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * ArrayList.subList: AbstractList's sublist over an ArrayList, with the bulk operations, array
 * copies, searches and iterator working on the list's array directly (as the JDK's). A sublist of
 * it inherits its modCount, stale or not.
 */
final class ArrayListSubList<E> extends SubList<E> implements RandomAccess {
    private final ArrayList<E> list;

    ArrayListSubList(ArrayList<E> list, int fromIndex, int toIndex) {
        super(list, fromIndex, toIndex);
        this.list = list;
    }

    private ArrayListSubList(ArrayListSubList<E> parent, int fromIndex, int toIndex) {
        super(parent, fromIndex, toIndex, parent.modCount);
        this.list = parent.list;
    }

    /** The list's elements from offset, the end and modCount bound at first use (as the JDK's). */
    @Override
    public Spliterator<E> spliterator() {
        checkForComodification();
        return new ArrayListSpliterator<E>(list, this, offset, -1, 0);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        list.replaceAllRange(operator, offset, offset + size);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return batchRemove(c, false);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return batchRemove(c, true);
    }

    private boolean batchRemove(Collection<?> c, boolean keepPresent) {
        checkForComodification();
        int oldSize = list.size;
        boolean modified = list.batchRemove(c, keepPresent, offset, offset + size);
        if (modified) {
            updateSizeAndModCount(list.size - oldSize);
        }
        return modified;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        checkForComodification();
        int oldSize = list.size;
        boolean modified = list.removeIf(filter, offset, offset + size);
        if (modified) {
            updateSizeAndModCount(list.size - oldSize);
        }
        return modified;
    }

    @Override
    public Object[] toArray() {
        checkForComodification();
        return Arrays.copyOfRange(list.elementData, offset, offset + size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        checkForComodification();
        if (a.length < size) {
            return (T[]) Arrays.copyOfRange(list.elementData, offset, offset + size, a.getClass());
        }
        System.arraycopy(list.elementData, offset, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        boolean equal = list.equalsRange((List<?>) o, offset, offset + size);
        checkForComodification();
        return equal;
    }

    @Override
    public int hashCode() {
        int hash = list.hashCodeRange(offset, offset + size);
        checkForComodification();
        return hash;
    }

    @Override
    public int indexOf(Object o) {
        int index = list.indexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        int index = list.lastIndexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkForComodification();
        rangeCheckForAdd(index);
        return new Itr(index);
    }

    /** The sublist's fail-fast list iterator, reading the list's array directly. */
    private final class Itr implements ListIterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = ArrayListSubList.this.modCount;

        Itr(int index) {
            cursor = index;
        }

        @Override
        public boolean hasNext() {
            return cursor != ArrayListSubList.this.size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= ArrayListSubList.this.size) {
                throw new NoSuchElementException();
            }
            Object[] es = list.elementData;
            if (offset + i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i + 1;
            lastRet = i;
            return (E) es[offset + i];
        }

        @Override
        public boolean hasPrevious() {
            return cursor != 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            Object[] es = list.elementData;
            if (offset + i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i;
            lastRet = i;
            return (E) es[offset + i];
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int size = ArrayListSubList.this.size;
            int i = cursor;
            if (i < size) {
                Object[] es = list.elementData;
                if (offset + i >= es.length) {
                    throw new ConcurrentModificationException();
                }
                for (; i < size && list.modCount == expectedModCount; i++) {
                    action.accept(ArrayList.<E>elementAt(es, offset + i));
                }
                cursor = i;
                lastRet = i - 1;
                checkForComodification();
            }
        }

        @Override
        public int nextIndex() {
            return cursor;
        }

        @Override
        public int previousIndex() {
            return cursor - 1;
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                ArrayListSubList.this.remove(lastRet);
                cursor = lastRet;
                lastRet = -1;
                expectedModCount = ArrayListSubList.this.modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public void set(E e) {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                list.set(offset + lastRet, e);
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public void add(E e) {
            checkForComodification();
            try {
                int i = cursor;
                ArrayListSubList.this.add(i, e);
                cursor = i + 1;
                lastRet = -1;
                expectedModCount = ArrayListSubList.this.modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        void checkForComodification() {
            if (list.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size);
        return new ArrayListSubList<E>(this, fromIndex, toIndex);
    }
}
