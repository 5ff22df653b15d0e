package java.util;

/** List.of: an array that is never written after construction. */
final class ImmutableList<E> extends AbstractImmutableList<E> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final ImmutableList<Object> EMPTY = new ImmutableList<Object>(new Object[0]);

    private final Object[] elements;

    ImmutableList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean isEmpty() {
        return elements.length == 0;
    }

    /**
     * Lists of one or two elements check the index themselves (the JDK keeps them in fields);
     * longer ones let the array access fail.
     */
    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if ((elements.length == 1 || elements.length == 2) && (index < 0 || index >= elements.length)) {
            throw outOfBounds(index);
        }
        return (E) elements[index];
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < elements.length; i++) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = elements.length - 1; i >= 0; i--) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = elements.length;
        if (a.length < size) {
            return (T[]) Arrays.copyOf(elements, size, a.getClass());
        }
        System.arraycopy(elements, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }
}
