package java.util;

/**
 * Walks a Hashtable from its last slot to its first, each chain from its head. As an iterator
 * (from the views) it fails fast and supports remove; as an Enumeration (keys(), elements()) it
 * does neither.
 */
final class HashtableEnumerator<T> implements Enumeration<T>, Iterator<T> {
    private final Hashtable<?, ?> owner;
    private final HashtableEntry<?, ?>[] table;
    private int index;
    private HashtableEntry<?, ?> entry;
    private HashtableEntry<?, ?> lastReturned;
    private final int type;
    private final boolean iterator;
    private int expectedModCount;

    HashtableEnumerator(Hashtable<?, ?> owner, int type, boolean iterator) {
        this.owner = owner;
        this.table = owner.table;
        this.index = table.length;
        this.type = type;
        this.iterator = iterator;
        this.expectedModCount = owner.modCount;
    }

    @Override
    public boolean hasMoreElements() {
        HashtableEntry<?, ?> e = entry;
        int i = index;
        HashtableEntry<?, ?>[] t = table;
        while (e == null && i > 0) {
            e = t[--i];
        }
        entry = e;
        index = i;
        return e != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T nextElement() {
        HashtableEntry<?, ?> et = entry;
        int i = index;
        HashtableEntry<?, ?>[] t = table;
        while (et == null && i > 0) {
            et = t[--i];
        }
        entry = et;
        index = i;
        if (et != null) {
            HashtableEntry<?, ?> e = lastReturned = entry;
            entry = e.next;
            return type == Hashtable.KEYS ? (T) e.key : (type == Hashtable.VALUES ? (T) e.value : (T) e);
        }
        throw new NoSuchElementException("Hashtable Enumerator");
    }

    @Override
    public boolean hasNext() {
        return hasMoreElements();
    }

    @Override
    public T next() {
        if (owner.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        return nextElement();
    }

    @Override
    public void remove() {
        if (!iterator) {
            throw new UnsupportedOperationException();
        }
        if (lastReturned == null) {
            throw new IllegalStateException("Hashtable Enumerator");
        }
        if (owner.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        owner.removeIterated(lastReturned);
        expectedModCount++;
        lastReturned = null;
    }

    @Override
    public Iterator<T> asIterator() {
        return this;
    }
}
