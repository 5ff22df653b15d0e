package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * ArrayList.subList: a view of [offset, offset + size) of the root list, possibly through parent
 * sublists. Every operation first checks that the root's modCount is the one this view last saw.
 */
final class ArrayListSubList<E> extends AbstractList<E> implements RandomAccess {
    private final ArrayList<E> root;
    private final ArrayListSubList<E> parent;
    final int offset;
    int size;

    ArrayListSubList(ArrayList<E> root, int fromIndex, int toIndex) {
        this.root = root;
        this.parent = null;
        this.offset = fromIndex;
        this.size = toIndex - fromIndex;
        this.modCount = root.modCount;
    }

    private ArrayListSubList(ArrayListSubList<E> parent, int fromIndex, int toIndex) {
        this.root = parent.root;
        this.parent = parent;
        this.offset = parent.offset + fromIndex;
        this.size = toIndex - fromIndex;
        this.modCount = parent.modCount;
    }

    @Override
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        checkForComodification();
        E oldValue = root.elementData(offset + index);
        root.elementData[offset + index] = element;
        return oldValue;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        checkForComodification();
        return root.elementData(offset + index);
    }

    @Override
    public int size() {
        checkForComodification();
        return size;
    }

    /** The root's elements from offset, the end and modCount bound at first use (as the JDK's). */
    @Override
    public Spliterator<E> spliterator() {
        checkForComodification();
        return new ArrayListSpliterator<E>(root, this, offset, -1, 0);
    }

    @Override
    public void add(int index, E element) {
        rangeCheckForAdd(index);
        checkForComodification();
        root.add(offset + index, element);
        updateSizeAndModCount(1);
    }

    @Override
    public E remove(int index) {
        Objects.checkIndex(index, size);
        checkForComodification();
        E result = root.remove(offset + index);
        updateSizeAndModCount(-1);
        return result;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        checkForComodification();
        root.removeRange(offset + fromIndex, offset + toIndex);
        updateSizeAndModCount(fromIndex - toIndex);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(size, c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        int cSize = c.size();
        if (cSize == 0) {
            return false;
        }
        checkForComodification();
        root.addAll(offset + index, c);
        updateSizeAndModCount(cSize);
        return true;
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        root.replaceAllRange(operator, offset, offset + size);
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
        int oldSize = root.size;
        boolean modified = root.batchRemove(c, keepPresent, offset, offset + size);
        if (modified) {
            updateSizeAndModCount(root.size - oldSize);
        }
        return modified;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        checkForComodification();
        int oldSize = root.size;
        boolean modified = root.removeIf(filter, offset, offset + size);
        if (modified) {
            updateSizeAndModCount(root.size - oldSize);
        }
        return modified;
    }

    @Override
    public Object[] toArray() {
        checkForComodification();
        return Arrays.copyOfRange(root.elementData, offset, offset + size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        checkForComodification();
        if (a.length < size) {
            return (T[]) Arrays.copyOfRange(root.elementData, offset, offset + size, a.getClass());
        }
        System.arraycopy(root.elementData, offset, a, 0, size);
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
        boolean equal = root.equalsRange((List<?>) o, offset, offset + size);
        checkForComodification();
        return equal;
    }

    @Override
    public int hashCode() {
        int hash = root.hashCodeRange(offset, offset + size);
        checkForComodification();
        return hash;
    }

    @Override
    public int indexOf(Object o) {
        int index = root.indexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        int index = root.lastIndexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Iterator<E> iterator() {
        return listIterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkForComodification();
        rangeCheckForAdd(index);
        return new Itr(index);
    }

    /** The sublist's fail-fast list iterator, reading the root's array directly. */
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
            Object[] es = root.elementData;
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
            Object[] es = root.elementData;
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
                Object[] es = root.elementData;
                if (offset + i >= es.length) {
                    throw new ConcurrentModificationException();
                }
                for (; i < size && root.modCount == expectedModCount; i++) {
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
                root.set(offset + lastRet, e);
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
            if (root.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size);
        return new ArrayListSubList<E>(this, fromIndex, toIndex);
    }

    private void rangeCheckForAdd(int index) {
        if (index < 0 || index > this.size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + this.size);
        }
    }

    private void checkForComodification() {
        if (root.modCount != modCount) {
            throw new ConcurrentModificationException();
        }
    }

    private void updateSizeAndModCount(int sizeChange) {
        ArrayListSubList<E> slist = this;
        do {
            slist.size += sizeChange;
            slist.modCount = root.modCount;
            slist = slist.parent;
        } while (slist != null);
    }
}
