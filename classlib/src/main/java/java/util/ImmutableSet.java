package java.util;

import java.util.function.Predicate;

/**
 * Set.of. One or two elements are kept in fields; more go into a table of twice their number by
 * linear probing from floorMod(hashCode, length). Iteration walks the table from a salted start.
 */
final class ImmutableSet<E> extends AbstractSet<E> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final ImmutableSet<Object> EMPTY = new ImmutableSet<Object>(new Object[0]);

    /** For one or two elements: the elements in the order given (second may be null); else null. */
    private final Object e0;
    private final Object e1;
    /** For more elements: the probe table. */
    private final Object[] table;
    private final int size;

    ImmutableSet(Object[] input) {
        this(input, false);
    }

    /** With {@code distinct}, duplicates are known to be absent (copyOf of a set). */
    ImmutableSet(Object[] input, boolean distinct) {
        size = input.length;
        if (size <= 2) {
            table = null;
            e0 = size > 0 ? Objects.requireNonNull(input[0]) : null;
            e1 = size > 1 ? Objects.requireNonNull(input[1]) : null;
            if (size == 2 && e0.equals(e1)) {
                throw new IllegalArgumentException("duplicate element: " + e0);
            }
            return;
        }
        e0 = null;
        e1 = null;
        table = new Object[ImmutableCollections.EXPAND_FACTOR * size];
        for (Object e : input) {
            int idx = probe(e);
            if (idx >= 0) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
            table[-(idx + 1)] = e;
        }
    }

    /** The slot holding {@code pe}, or -(free slot) - 1. */
    private int probe(Object pe) {
        int idx = Math.floorMod(pe.hashCode(), table.length);
        while (true) {
            Object ee = table[idx];
            if (ee == null) {
                return -idx - 1;
            }
            if (pe.equals(ee)) {
                return idx;
            }
            if (++idx == table.length) {
                idx = 0;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        Objects.requireNonNull(o);
        if (table == null) {
            return o.equals(e0) || (e1 != null && o.equals(e1));
        }
        return probe(o) >= 0;
    }

    @Override
    public int hashCode() {
        int h = 0;
        if (table == null) {
            return (e0 == null ? 0 : e0.hashCode()) + (e1 == null ? 0 : e1.hashCode());
        }
        for (Object e : table) {
            if (e != null) {
                h += e.hashCode();
            }
        }
        return h;
    }

    @Override
    public Iterator<E> iterator() {
        return table == null ? new PairIterator() : new TableIterator();
    }

    /** Iterates one or two elements; the salt's direction decides which of two comes first. */
    private final class PairIterator implements Iterator<E> {
        private int remaining = size;

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining == 2) {
                remaining = 1;
                return (E) (ImmutableCollections.reverse ? e1 : e0);
            }
            if (remaining == 1) {
                remaining = 0;
                return (E) (ImmutableCollections.reverse || e1 == null ? e0 : e1);
            }
            throw new NoSuchElementException();
        }
    }

    /** Walks the table from the salted start, skipping empty slots. */
    private final class TableIterator implements Iterator<E> {
        private int remaining = size;
        private int idx = ImmutableCollections.startSlot(table.length);

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object element;
            do {
                if (ImmutableCollections.reverse) {
                    if (++idx >= table.length) {
                        idx = 0;
                    }
                } else if (--idx < 0) {
                    idx = table.length - 1;
                }
                element = table[idx];
            } while (element == null);
            remaining--;
            return (E) element;
        }
    }

    @Override
    public Object[] toArray() {
        Object[] array = new Object[size];
        Iterator<E> it = iterator();
        for (int i = 0; i < size; i++) {
            array[i] = it.next();
        }
        return array;
    }

    @Override
    public boolean add(E e) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
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
    public boolean removeAll(Collection<?> c) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw ImmutableCollections.uoe();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw ImmutableCollections.uoe();
    }
}
