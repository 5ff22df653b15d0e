package ingot.runtime.jar;

/**
 * A hash table from names to small ints (open addressing, linear probing), so lookups by name need
 * no {@code java.util}. Putting a name again replaces its value.
 */
final class NameIndex {
    private final String[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    NameIndex(int expected) {
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The value for {@code name}, or -1. */
    int get(String name) {
        int i = slot(name);
        return keys[i] == null ? -1 : values[i];
    }

    /** Maps {@code name} to {@code value}; returns the previous value or -1. */
    int put(String name, int value) {
        int i = slot(name);
        int previous = -1;
        if (keys[i] == null) {
            if (size + 1 > keys.length / 2) {
                throw new IllegalStateException("NameIndex sized for fewer names");
            }
            keys[i] = name;
            size++;
        } else {
            previous = values[i];
        }
        values[i] = value;
        return previous;
    }

    int size() {
        return size;
    }

    private int slot(String name) {
        int h = name.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null && !keys[i].equals(name)) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
