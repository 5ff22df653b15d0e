package ingot.runtime.link;

/**
 * A map from a member's (name, descriptor) to an int (an index or a slot): open addressing over a
 * power-of-two table. A put of a key already present replaces its value.
 */
final class MemberTable {
    static final MemberTable EMPTY = new MemberTable(0);

    private String[] names;
    private String[] descriptors;
    private int[] values;
    private int size;

    MemberTable(int expected) {
        int capacity = 4;
        while (capacity < expected * 2) {
            capacity *= 2;
        }
        names = new String[capacity];
        descriptors = new String[capacity];
        values = new int[capacity];
    }

    /** The value for (name, descriptor), or -1 when there is none. */
    int get(String name, String descriptor) {
        int mask = names.length - 1;
        for (int i = slotOf(name, descriptor, mask); names[i] != null; i = (i + 1) & mask) {
            if (names[i].equals(name) && descriptors[i].equals(descriptor)) {
                return values[i];
            }
        }
        return -1;
    }

    void put(String name, String descriptor, int value) {
        if (this == EMPTY) {
            throw new IllegalStateException("the empty member table is shared");
        }
        if ((size + 1) * 2 > names.length) {
            grow();
        }
        insert(name, descriptor, value);
    }

    private void insert(String name, String descriptor, int value) {
        int mask = names.length - 1;
        int i = slotOf(name, descriptor, mask);
        while (names[i] != null) {
            if (names[i].equals(name) && descriptors[i].equals(descriptor)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        names[i] = name;
        descriptors[i] = descriptor;
        values[i] = value;
        size++;
    }

    private void grow() {
        String[] oldNames = names;
        String[] oldDescriptors = descriptors;
        int[] oldValues = values;
        names = new String[oldNames.length * 2];
        descriptors = new String[oldNames.length * 2];
        values = new int[oldNames.length * 2];
        size = 0;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) {
                insert(oldNames[i], oldDescriptors[i], oldValues[i]);
            }
        }
    }

    private static int slotOf(String name, String descriptor, int mask) {
        int h = name.hashCode() * 31 + descriptor.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
