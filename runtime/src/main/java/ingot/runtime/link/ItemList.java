package ingot.runtime.link;

/** A small growable list (the linker's own; portable code has no java.util). */
final class ItemList<T> {
    private Object[] items;
    private int size;

    ItemList() {
        this(8);
    }

    ItemList(int capacity) {
        items = new Object[Math.max(capacity, 4)];
    }

    int size() {
        return size;
    }

    void add(T item) {
        if (size == items.length) {
            Object[] bigger = new Object[size * 2];
            System.arraycopy(items, 0, bigger, 0, size);
            items = bigger;
        }
        items[size++] = item;
    }

    /** Adds the item unless the list already holds that very object. */
    void addOnce(T item) {
        if (!holds(item)) {
            add(item);
        }
    }

    @SuppressWarnings("unchecked")
    T get(int index) {
        return (T) items[index];
    }

    void set(int index, T item) {
        items[index] = item;
    }

    void removeLast() {
        items[--size] = null;
    }

    /** Whether the list holds this very object (identity). */
    boolean holds(Object item) {
        for (int i = 0; i < size; i++) {
            if (items[i] == item) {
                return true;
            }
        }
        return false;
    }

    /** Copies the items into {@code into}, whose length must be {@link #size()}, and returns it. */
    T[] copyInto(T[] into) {
        System.arraycopy(items, 0, into, 0, size);
        return into;
    }
}
