package java.util;

/**
 * AbstractList.subList: a view of [offset, offset + size) of a root list, possibly through parent
 * sublists. Every operation first checks that the root's modCount is the one this view last saw;
 * changes through the view update the sizes and modCounts of it and its parents. ArrayList's
 * sublist extends it with faster bulk operations and its own iterator.
 */
class SubList<E> extends AbstractList<E> {
    final AbstractList<E> root;
    private final SubList<E> parent;
    final int offset;
    int size;

    SubList(AbstractList<E> root, int fromIndex, int toIndex) {
        this.root = root;
        this.parent = null;
        this.offset = fromIndex;
        this.size = toIndex - fromIndex;
        this.modCount = root.modCount;
    }

    /** A sublist of {@code parent} that expects {@code modCount} of the root. */
    SubList(SubList<E> parent, int fromIndex, int toIndex, int modCount) {
        this.root = parent.root;
        this.parent = parent;
        this.offset = parent.offset + fromIndex;
        this.size = toIndex - fromIndex;
        this.modCount = modCount;
    }

    @Override
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        checkForComodification();
        return root.set(offset + index, element);
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        checkForComodification();
        return root.get(offset + index);
    }

    @Override
    public int size() {
        checkForComodification();
        return size;
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
    public Iterator<E> iterator() {
        return listIterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkForComodification();
        rangeCheckForAdd(index);
        return new SubListIterator(root.listIterator(offset + index));
    }

    /** A root list iterator confined to this sublist. */
    private final class SubListIterator implements ListIterator<E> {
        private final ListIterator<E> i;

        SubListIterator(ListIterator<E> i) {
            this.i = i;
        }

        @Override
        public boolean hasNext() {
            return nextIndex() < size;
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return i.next();
        }

        @Override
        public boolean hasPrevious() {
            return previousIndex() >= 0;
        }

        @Override
        public E previous() {
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            return i.previous();
        }

        @Override
        public int nextIndex() {
            return i.nextIndex() - offset;
        }

        @Override
        public int previousIndex() {
            return i.previousIndex() - offset;
        }

        @Override
        public void remove() {
            i.remove();
            updateSizeAndModCount(-1);
        }

        @Override
        public void set(E e) {
            i.set(e);
        }

        @Override
        public void add(E e) {
            i.add(e);
            updateSizeAndModCount(1);
        }
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size);
        return new SubList<E>(this, fromIndex, toIndex, root.modCount);
    }

    final void rangeCheckForAdd(int index) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    final void checkForComodification() {
        if (root.modCount != this.modCount) {
            throw new ConcurrentModificationException();
        }
    }

    final void updateSizeAndModCount(int sizeChange) {
        SubList<E> slist = this;
        do {
            slist.size += sizeChange;
            slist.modCount = root.modCount;
            slist = slist.parent;
        } while (slist != null);
    }

    /** SubList of a RandomAccess list, itself RandomAccess. */
    static final class RandomAccessSubList<E> extends SubList<E> implements RandomAccess {
        RandomAccessSubList(AbstractList<E> root, int fromIndex, int toIndex) {
            super(root, fromIndex, toIndex);
        }

        RandomAccessSubList(RandomAccessSubList<E> parent, int fromIndex, int toIndex) {
            super(parent, fromIndex, toIndex, parent.root.modCount);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size);
            return new RandomAccessSubList<E>(this, fromIndex, toIndex);
        }
    }
}
