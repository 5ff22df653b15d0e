package java.util;

/** The EnumSet of any size: bit i of word i / 64 is set when constant i is in the set. */
final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 334349849919042784L;

    private long[] elements;
    private int size = 0;

    BitEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    @Override
    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            elements[i >>> 6] |= 1L << i;
        }
        recalculateSize();
    }

    @Override
    void addAll() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = -1;
        }
        elements[elements.length - 1] >>>= -universe.length;
        size = universe.length;
    }

    @Override
    void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        elements[elements.length - 1] &= -1L >>> -universe.length;
        size = universe.length - size;
    }

    /** Iterates word by word; a word's bits are read when the iterator reaches it. */
    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private long unseen = elements[0];
            private int unseenIndex = 0;
            private long lastReturned = 0;
            private int lastReturnedIndex = 0;

            @Override
            public boolean hasNext() {
                while (unseen == 0 && unseenIndex < elements.length - 1) {
                    unseen = elements[++unseenIndex];
                }
                return unseen != 0;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                lastReturned = unseen & -unseen;
                lastReturnedIndex = unseenIndex;
                unseen -= lastReturned;
                return (E) universe[(lastReturnedIndex << 6) + Long.numberOfTrailingZeros(lastReturned)];
            }

            @Override
            public void remove() {
                if (lastReturned == 0) {
                    throw new IllegalStateException();
                }
                long oldElements = elements[lastReturnedIndex];
                elements[lastReturnedIndex] &= ~lastReturned;
                if (oldElements != elements[lastReturnedIndex]) {
                    size--;
                }
                lastReturned = 0;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    private boolean isMember(Object e) {
        if (e == null) {
            return false;
        }
        Class<?> eClass = e.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    @Override
    public boolean contains(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        return (elements[eOrdinal >>> 6] & (1L << eOrdinal)) != 0;
    }

    @Override
    public boolean add(E e) {
        typeCheck(e);
        int eOrdinal = e.ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] |= 1L << eOrdinal;
        boolean result = elements[eWordNum] != oldElements;
        if (result) {
            size++;
        }
        return result;
    }

    @Override
    public boolean remove(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] &= ~(1L << eOrdinal);
        boolean result = elements[eWordNum] != oldElements;
        if (result) {
            size--;
        }
        return result;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof BitEnumSet)) {
            return super.containsAll(c);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) c;
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof BitEnumSet)) {
            return super.addAll(c);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) c;
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        return recalculateSize();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof BitEnumSet)) {
            return super.removeAll(c);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) c;
        if (es.elementType != elementType) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        return recalculateSize();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof BitEnumSet)) {
            return super.retainAll(c);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) c;
        if (es.elementType != elementType) {
            boolean changed = size != 0;
            clear();
            return changed;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        return recalculateSize();
    }

    @Override
    public void clear() {
        Arrays.fill(elements, 0);
        size = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BitEnumSet)) {
            return super.equals(o);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    /** Recounts; returns whether the size changed. */
    private boolean recalculateSize() {
        int oldSize = size;
        size = 0;
        for (long elt : elements) {
            size += Long.bitCount(elt);
        }
        return size != oldSize;
    }

    @Override
    public EnumSet<E> clone() {
        BitEnumSet<E> result = (BitEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
